import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebanno, writeWebanno } from '../../../../src/shared/formats';
import { file } from '../build';

/**
 * A WebAnno TSV 3.2 file a WebAnno user exported (TermFrame, Slovene karst definitions; see
 * tests/fixtures/real/SOURCES.md): its sentences leave a gap of two characters between them
 * (sentence 1 ends at 166, sentence 2 starts at 168), which a reader fills, as INCEpTION
 * does, with a line break and a space.
 */
const NAME = 'termframe_webanno2csv_sample_sentences_1-3.tsv';
const SOURCE = readFileSync(
  join(import.meta.dirname, '../../../fixtures/real/webanno', NAME),
  'utf8',
);

describe('WebAnno TSV a WebAnno user exported (TermFrame)', () => {
  it('reads its 38 spans (18 over several tokens, 20 on one) in five layers', () => {
    const read = readWebanno([file(NAME, SOURCE)]);
    const doc = read.documents[0];
    // Counted in the file: distinct [n] ids per column, plus cells without one.
    expect(doc?.spans).toHaveLength(38);
    expect(doc?.text.slice(164, 170)).toBe(').\n Ud');
  });

  it('writes each sentence back as one #Text= line, leaving the gap to the reader', () => {
    const read = readWebanno([file(NAME, SOURCE)]);
    const written = writeWebanno(read).files[0]?.content ?? '';
    const texts = (tsv: string) => tsv.split('\n').filter((l) => l.startsWith('#Text='));
    // Before, sentence 1 and 2 each got a second line `#Text= ` (the space the reader made).
    expect(texts(written)).toEqual(texts(SOURCE));
    const again = readWebanno([file(NAME, written)]).documents[0];
    expect(again?.text).toBe(read.documents[0]?.text);
    expect(again?.spans.length).toBe(38);
  });
});
