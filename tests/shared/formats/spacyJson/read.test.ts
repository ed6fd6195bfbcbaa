import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpacyJson, writeSpacyJson } from '../../../../src/shared/formats';
import type { FormatDocument } from '../../../../src/shared/formats';
import { keptSpacyJsonOf } from '../../../../src/shared/formats/common';
import { file, messagesOf } from '../build';
import { paragraph, spacyFile, token } from './spacyBuild';

/** Real files of spaCy's repository (tests/fixtures/spacy-json/SOURCES.md, counts taken there with Python). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/spacy-json');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function entities(doc: FormatDocument | undefined): [string, string][] {
  return (doc?.spans ?? []).map((s) => {
    const f = s.fragments[0];
    return [s.label, [...(doc?.text ?? '')].slice(f?.start, f?.end).join('')];
  });
}

describe('readSpacyJson', () => {
  it("reads spaCy's training example: raw as the text, its 11 entities, PTB quotes matched to raw's", () => {
    const read = readSpacyJson([file('training-data.json', fixture('training-data.json'))]);
    expect(read.documents.map((d) => d.name)).toEqual(['training-data-42-0']);
    const doc = read.documents[0];
    expect(doc?.text).toHaveLength(256);
    expect(entities(doc)).toEqual([
      ['DATE', 'Oct. 19'],
      ['WORK_OF_ART', 'The Misanthrope'],
      ['GPE', 'Chicago'],
      ['FAC', 'Goodman Theatre'],
      ['WORK_OF_ART', 'Revitalized Classics Take the Stage in Windy City'],
      ['ORG', 'Leisure & Arts'],
      ['PERSON', 'Celimene'],
      ['PERSON', 'Kim Cattrall'],
      ['PERSON', 'Christina Haag'],
      ['PERSON', 'Haag'],
      ['PERSON', 'Elianti'],
    ]);
    const kept = keptSpacyJsonOf(doc?.metadata);
    expect(kept?.document).toEqual({ id: 42, paragraphs: [] });
    expect(kept?.source.raw).toBe(true);
    const sentences = kept?.source.sentences as { brackets: unknown[] }[];
    expect(sentences.reduce((n, s) => n + s.brackets.length, 0)).toBe(37);
  });

  it('joins the tokens of a file without raw by one space and reads its 7 entities', () => {
    const read = readSpacyJson([file('ner.json', fixture('ner-sent-per-line.json'))]);
    const doc = read.documents[0];
    expect(
      doc?.text.startsWith('When Sebastian Thrun started working on self - driving cars'),
    ).toBe(true);
    expect(doc?.text.split(' ')).toHaveLength(66);
    expect(entities(doc)).toEqual([
      ['PERSON', 'Sebastian Thrun'],
      ['ORG', 'Google'],
      ['DATE', '2007'],
      ['NORP', 'American'],
      ['PERSON', 'Thrun'],
      ['ORG', 'Recode'],
      ['DATE', 'earlier this week'],
    ]);
  });

  it('imports a file whose tags are all O with a warning and its cats as document labels, never a silent 0', () => {
    const read = readSpacyJson([file('cooking.json', fixture('cooking.json'))]);
    expect(read.documents).toHaveLength(10);
    expect(read.documents.every((d) => d.spans.length === 0)).toBe(true);
    expect(read.warnings).toContainEqual(
      expect.stringContaining('610 tokens have a "ner" tag but none is an entity'),
    );
    expect(read.warnings).toContainEqual(
      expect.stringContaining('the "cats" of 10 paragraphs read as document labels'),
    );
    // cooking.json's first paragraph: [{"label": "baking", "value": 0.0}, {"label": "not_baking", "value": 1.0}]
    expect(read.documents[0]?.documentLabels).toEqual({ baking: '0', not_baking: '1' });
  });

  it('writes changed categories back into the paragraph’s cats, in their order, and new ones after', () => {
    const read = readSpacyJson([file('cooking.json', fixture('cooking.json'))]);
    const [first, ...rest] = read.documents;
    if (!first) throw new Error('no document');
    const labels = { baking: '1', not_baking: '0', category: 'bread' };
    const edited = { ...read, documents: [{ ...first, documentLabels: labels }, ...rest] };
    const written = JSON.parse(String(writeSpacyJson(edited).files[0]?.content)) as {
      paragraphs: { cats: unknown }[];
    }[];
    expect(written[0]?.paragraphs[0]?.cats).toEqual([
      { label: 'baking', value: 1 },
      { label: 'not_baking', value: 0 },
      { label: 'bread', value: 1 },
    ]);
    expect(written[0]?.paragraphs[1]?.cats).toEqual([
      { label: 'baking', value: 0 },
      { label: 'not_baking', value: 1 },
    ]);
  });

  it('keeps "-" tags out of the spans and says how they are kept', () => {
    const content = spacyFile(
      paragraph([token('EU', 'U-ORG'), token('rejects', '-'), token('Iraq', 'U-GPE')]),
    );
    const read = readSpacyJson([file('a.json', content)]);
    expect(entities(read.documents[0])).toEqual([
      ['ORG', 'EU'],
      ['GPE', 'Iraq'],
    ]);
    expect(read.warnings).toContainEqual(expect.stringContaining('1 tokens have "ner" "-"'));
  });

  it('joins tokens by their own whitespace (whitespace, space or ws) when there is no raw', () => {
    const content = spacyFile(
      paragraph([
        token('EU', 'U-ORG', { whitespace: '' }),
        token("'s", 'O', { space: true }),
        token('plan', 'O', { ws: false }),
        token('.', 'O'),
      ]),
    );
    expect(readSpacyJson([file('a.json', content)]).documents[0]?.text).toBe("EU's plan.");
  });

  it('reads IOB tags too and says the export writes BILUO', () => {
    const content = spacyFile(
      paragraph([token('Mike', 'B-PER'), token('Pompeo', 'I-PER'), token('left', 'O')]),
    );
    const read = readSpacyJson([file('a.json', content)]);
    expect(entities(read.documents[0])).toEqual([['PER', 'Mike Pompeo']]);
    expect(read.warnings).toContainEqual(expect.stringContaining('not BILUO'));
  });

  it('names paragraphs by file, document id and index, unique across files', () => {
    const content = spacyFile(paragraph([token('a', 'O')]), paragraph([token('b', 'O')]));
    const read = readSpacyJson([file('x/train.json', content), file('y/train.json', content)]);
    expect(read.documents.map((d) => d.name)).toEqual([
      'train-0-0',
      'train-0-1',
      'train-0-0-2',
      'train-0-1-2',
    ]);
  });
});

describe('readSpacyJson errors name file, line, JSON path, reason and what to do', () => {
  it('refuses L- without B- as spaCy does', () => {
    const content = spacyFile(paragraph([token('EU', 'O'), token('summit', 'L-EVENT')]));
    const [message] = messagesOf(() => readSpacyJson([file('a.json', content)]));
    expect(message).toMatch(
      /^a\.json:\d+: \[0\]\.paragraphs\[0\]\.sentences\[0\]\.tokens\[1\]\.ner: /,
    );
    expect(message).toContain('Fix the tags');
  });

  it('refuses a token that is not in raw where expected', () => {
    const content = spacyFile(
      paragraph([token('EU', 'U-ORG'), token('rejected', 'O')], 'EU rejects'),
    );
    const [message] = messagesOf(() => readSpacyJson([file('a.json', content)]));
    expect(message).toContain(
      '[0].paragraphs[0].sentences[0].tokens[1]: token "rejected" is not in "raw"',
    );
    expect(message).toContain('remove "raw" to have the tokens joined');
  });

  it('refuses a top level that is not a list, saying how to fix one document', () => {
    const one = JSON.stringify({ id: 0, paragraphs: [] });
    expect(messagesOf(() => readSpacyJson([file('a.json', one)]))).toEqual([
      expect.stringMatching(
        /^a\.json:1: the top level is one document, not a list of documents: .*put the document in a list/,
      ),
    ]);
  });

  it('refuses a sentence without tokens and a token without orth', () => {
    const content = JSON.stringify([{ id: 0, paragraphs: [{ sentences: [{ brackets: [] }] }] }]);
    expect(messagesOf(() => readSpacyJson([file('a.json', content)]))).toEqual([
      expect.stringContaining('[0].paragraphs[0].sentences[0]: a sentence needs "tokens"'),
    ]);
    const orthless = JSON.stringify([
      { id: 0, paragraphs: [{ sentences: [{ tokens: [{ ner: 'O' }] }] }] },
    ]);
    expect(messagesOf(() => readSpacyJson([file('a.json', orthless)]))).toEqual([
      expect.stringContaining('tokens[0]: a token needs "orth"'),
    ]);
  });

  it('refuses a ner value that is no tag', () => {
    const content = spacyFile(paragraph([token('EU', 'X-ORG')]));
    expect(messagesOf(() => readSpacyJson([file('a.json', content)]))).toEqual([
      expect.stringContaining('tokens[0].ner: "X-ORG" is not an entity tag'),
    ]);
  });

  it('refuses a file nesting 100 000 arrays deep in a field it would keep, instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const content = `[{"id":0,"extra":${deep},"paragraphs":[]}]`;
    expect(messagesOf(() => readSpacyJson([file('a.json', content)]))).toEqual([
      "a.json: nests arrays and objects over 512 deep, where spaCy's JSON training format nests 6; the file is damaged or not spaCy's",
    ]);
  });
});
