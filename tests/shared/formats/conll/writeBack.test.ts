import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import type { FormatBundle, FormatDocument } from '../../../../src/shared/formats';
import { bundle, cp, doc, file, lines, span, tsv } from '../build';

/** Excerpts of published CoNLL files kept in the project (sources and licences: SOURCES.md there). */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/conll');

const NOT_WRITTEN =
  'comment line kept from a CoNLL file not written (conlleval.pl and spaCy would read it as a token)';

function contentOf(written: { files: readonly { content: string }[] }): string {
  return written.files[0]?.content ?? '';
}

function read(...files: [string, string][]): FormatBundle {
  return readConll(files.map(([path, content]) => file(path, content)));
}

function only(b: FormatBundle): FormatDocument {
  const [first] = b.documents;
  if (!first) throw new Error('nothing read');
  return first;
}

describe('a CoNLL file comes back ending as it ended', () => {
  it('without a blank line after its last sentence, as spaCy’s converter wrote WNUT 17 in BILOU', () => {
    // Written by spaCy (see SOURCES.md): one line break after the last sentence, no blank line.
    const source = readFileSync(join(FIXTURES, 'wnut17-emerging-dev.bilou.conll'), 'utf8');
    expect(source.endsWith('.\tO\n')).toBe(true);
    const written = writeConll(read(['dev.bilou.conll', source]));
    expect(contentOf(written)).toBe(source);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('without a line break at all, or with more than one blank line', () => {
    for (const source of ['EU\tB-ORG\nrejects\tO', 'EU\tB-ORG\nrejects\tO\n\n\n'])
      expect(contentOf(writeConll(read(['a.tsv', source])))).toBe(source);
  });

  it('keeps the blank line between documents of several files, and ends as the last file did', () => {
    const a = lines(tsv('EU', 'B-ORG'), tsv('rejects', 'O')); // no blank line at its end
    const b = lines(tsv('Peter', 'B-PER'), '');
    const joined = (...files: [string, string][]) => contentOf(writeConll(read(...files)));
    const ab = joined(['a.tsv', a], ['b.tsv', b]);
    expect(ab).toBe(lines(tsv('EU', 'B-ORG'), tsv('rejects', 'O'), '', '-DOCSTART-\tO', '') + b);
    const ba = joined(['b.tsv', b], ['a.tsv', a]);
    expect(ba).toBe(b + lines('-DOCSTART-\tO', '') + a);
    // Read back: the same documents.
    expect(read(['ab.tsv', ab]).documents.map((d) => d.text)).toEqual(['EU rejects', 'Peter']);
    expect(read(['ba.tsv', ba]).documents.map((d) => d.text)).toEqual(['Peter', 'EU rejects']);
    // A document not read from CoNLL last: Loupe's own ending, a blank line after its last sentence.
    const other = doc('Iraq rejected it.', { spans: [span(0, 4, 'GPE')] });
    expect(contentOf(writeConll(bundle(only(read(['a.tsv', a])), other)))).toMatch(/\tO\n\n$/u);
  });
});

describe('a file of tags first comes back tags first', () => {
  // The MIT Movie corpus's layout (engtrain.bio), in our own words: the tag, a tab, the word;
  // a blank line between sentences, none after the last.
  const MIT = lines(
    tsv('O', 'who'),
    tsv('O', 'directed'),
    tsv('B-TITLE', 'blade'),
    tsv('I-TITLE', 'runner'),
    '',
    tsv('O', 'films'),
    tsv('O', 'with'),
    tsv('B-ACTOR', 'sigourney'),
    tsv('I-ACTOR', 'weaver'),
  );

  it('byte for byte when unedited', () => {
    const written = writeConll(read(['engtest.bio', MIT]));
    expect(contentOf(written)).toBe(MIT);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('with a span added, the tag before its word', () => {
    const source = only(read(['engtest.bio', MIT]));
    const at = cp(source.text, 'films');
    const edited = { ...source, spans: [...source.spans, span(at, at + 5, 'GENRE')] };
    const written = contentOf(writeConll(bundle(edited)));
    expect(written).toBe(MIT.replace('O\tfilms', 'B-GENRE\tfilms'));
    const byStart = (d: FormatDocument) =>
      d.spans
        .map((s) => [s.fragments[0]?.start, s.label])
        .sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(byStart(only(read(['back.bio', written])))).toEqual(byStart(edited));
  });
});

describe('comment lines come back where they were in their file’s own layout', () => {
  // MultiCoNER's layout, in our own words: `# id <uuid><TAB>domain=en` before each sentence,
  // `word _ _ TAG` separated by spaces. Its readers take the id and domain from those lines.
  const MULTICONER = lines(
    '# id 5c1e7a80-2d4b-4f6a-9b3e-0a8f1d2c3e4b\tdomain=en',
    'the _ _ O',
    'mayor _ _ O',
    'of _ _ O',
    'lyon _ _ B-HumanSettlement',
    'spoke _ _ O',
    '',
    '# id 9f2b6c14-7e3a-4d85-a1c0-5b6e7f8a9d02\tdomain=en',
    'she _ _ O',
    'read _ _ O',
    'war _ _ B-WrittenWork',
    'and _ _ I-WrittenWork',
    'peace _ _ I-WrittenWork',
    '',
  );

  it('byte for byte when unedited, nothing counted', () => {
    const written = writeConll(read(['en_dev.conll', MULTICONER]));
    expect(contentOf(written)).toBe(MULTICONER);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('after a comment that followed the last sentence, ending as the file did', () => {
    const source = `${MULTICONER}# end of part 1`;
    expect(contentOf(writeConll(read(['en_dev.conll', source])))).toBe(source);
  });

  it('kept when the scheme asked for is the file’s own: the file comes back as without one', () => {
    // MultiCoNER's own IOB2 asked for by name: nothing to change, so nothing is left out.
    const written = writeConll(read(['en_dev.conll', MULTICONER]), { scheme: 'iob2' });
    expect(contentOf(written)).toBe(MULTICONER);
    expect(written.summary.notExpressed).toEqual({});
  });

  it('left out and counted in another scheme, where conlleval.pl and spaCy would read them as words', () => {
    const written = writeConll(read(['en_dev.conll', MULTICONER]), { scheme: 'bioes' });
    expect(contentOf(written)).not.toContain('# id');
    expect(contentOf(written)).toContain('lyon _ _ S-HumanSettlement\n');
    expect(written.summary.notExpressed).toEqual({ [NOT_WRITTEN]: 2 });
  });
});
