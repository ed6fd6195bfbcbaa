import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpacyJson, writeSpacyJson } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { bundle, doc, file, span } from '../build';
import { paragraph, spacyFile, token } from './spacyBuild';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/spacy-json');

function written(...docs: FormatDocument[]): unknown {
  const out = writeSpacyJson(bundle(...docs), { overlaps: 'longest' });
  return JSON.parse(out.files[0]?.content ?? 'null');
}

/** The `[orth, ner]` of every token of the file's first paragraph. */
function tags(json: unknown): [string, string][] {
  const [first] = json as {
    paragraphs: { sentences: { tokens: { orth: string; ner: string }[] }[] }[];
  }[];
  return (first?.paragraphs[0]?.sentences ?? []).flatMap((s) =>
    s.tokens.map((t): [string, string] => [t.orth, t.ner]),
  );
}

describe('writeSpacyJson', () => {
  it.each(['training-data.json', 'ner-sent-per-line.json', 'cooking.json'])(
    'writes back the JSON %s was imported from',
    (name) => {
      const content = readFileSync(join(FIXTURES, name), 'utf8');
      const read = readSpacyJson([file(name, content)]);
      const out = writeSpacyJson(read);
      expect(out.files.map((f) => f.path)).toEqual(['spacy.json']);
      expect(JSON.parse(out.files[0]?.content ?? '')).toEqual(JSON.parse(content));
      expect(out.summary.notExpressed).toEqual({});
    },
  );

  it('writes a Loupe document as raw text, sentences of spaCy tokens and BILUO tags', () => {
    const json = written(
      doc('Mike Pompeo visited Iraq. The US rejected it.', {
        name: 'a',
        spans: [span(0, 11, 'PERSON'), span(20, 24, 'GPE'), span(30, 32, 'GPE')],
      }),
    );
    expect(json).toMatchObject([
      { id: 0, paragraphs: [{ raw: 'Mike Pompeo visited Iraq. The US rejected it.' }] },
    ]);
    expect(tags(json)).toEqual([
      ['Mike', 'B-PERSON'],
      ['Pompeo', 'L-PERSON'],
      ['visited', 'O'],
      ['Iraq', 'U-GPE'],
      ['.', 'O'],
      ['The', 'O'],
      ['US', 'U-GPE'],
      ['rejected', 'O'],
      ['it', 'O'],
      ['.', 'O'],
    ]);
    const sentences = (json as { paragraphs: { sentences: unknown[] }[] }[])[0]?.paragraphs[0]
      ?.sentences;
    expect(sentences).toHaveLength(2);
  });

  it('writes "-" back where no span covers a token, and a new span over it', () => {
    const content = spacyFile(
      paragraph(
        [token('EU', 'U-ORG'), token('rejects', '-'), token('Iraq', '-')],
        'EU rejects Iraq',
      ),
    );
    const [read] = readSpacyJson([file('a.json', content)]).documents;
    if (!read) throw new Error('no document');
    const edited = { ...read, spans: [...read.spans, span(11, 15, 'GPE')] };
    expect(tags(written(edited))).toEqual([
      ['EU', 'U-ORG'],
      ['rejects', '-'],
      ['Iraq', 'U-GPE'],
    ]);
  });

  it('tokenizes again, saying what is not written back, when a span edge cuts a source token', () => {
    const content = spacyFile(
      paragraph([token('EU-wide', 'O', { tag: 'JJ' }), token('plan', 'O')], 'EU-wide plan'),
    );
    const [read] = readSpacyJson([file('a.json', content)]).documents;
    if (!read) throw new Error('no document');
    const out = writeSpacyJson(bundle({ ...read, spans: [span(0, 2, 'ORG')] }));
    const json = JSON.parse(out.files[0]?.content ?? '') as unknown;
    expect(tags(json)).toEqual([
      ['EU', 'U-ORG'],
      ['-', 'O'],
      ['wide', 'O'],
      ['plan', 'O'],
    ]);
    expect(Object.keys(out.summary.notExpressed)).toEqual([
      expect.stringContaining('a span edge lies inside one of its tokens'),
    ]);
  });

  it('puts paragraphs of one document together again, in their order', () => {
    const content = spacyFile(
      paragraph([token('a', 'O')], 'a'),
      paragraph([token('b', 'U-X')], 'b'),
    );
    const read = readSpacyJson([file('a.json', content)]);
    const reversed = { ...read, documents: [...read.documents].reverse() };
    expect(JSON.parse(writeSpacyJson(reversed).files[0]?.content ?? '')).toEqual(
      JSON.parse(content),
    );
  });
});
