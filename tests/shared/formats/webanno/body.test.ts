import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWebanno } from '../../../../src/shared/formats';
import { errorsOf, file } from '../build';

/** INCEpTION's testMultiTokenStackedSpanWithFeatureValue (tests/fixtures/webanno), one line changed per case. */
const REAL = readFileSync(
  join(
    import.meta.dirname,
    '../../../fixtures/webanno/testMultiTokenStackedSpanWithFeatureValue.tsv',
  ),
  'utf8',
);

/** The real file with its 1-based line `line` replaced. */
function withLine(line: number, text: string): string {
  const lines = REAL.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

function errorOf(content: string): string {
  const [first, ...more] = errorsOf(() => readWebanno([file('doc.tsv', content)]));
  expect(more).toEqual([]);
  return first?.message ?? '';
}

describe('readWebannoBody on malformed rows', () => {
  it('names a row with fewer columns than the header declares', () => {
    expect(errorOf(withLine(7, '1-2\t5-7\tis'))).toBe(
      'doc.tsv:7: token 1-2 has 3 tab-separated columns, the header declares 4 (id, offsets, token and 1 annotation column); fix the row or the #T_ header lines',
    );
  });

  it('names a token whose offsets do not hold it in the sentence text', () => {
    expect(errorOf(withLine(7, '1-2\t5-8\tis\tPERSON[1]|LOCATION[2]\t'))).toBe(
      'doc.tsv:7: token 1-2 at 5-8 is "is" but the sentence\'s #Text= holds "is " there (offsets count UTF-16 units); fix the offsets or the #Text= line',
    );
  });

  it('names a token row before any #Text= line', () => {
    expect(errorOf(withLine(5, ''))).toBe(
      'doc.tsv:6: token 1-1 follows no #Text= line; start each sentence with its #Text= line',
    );
  });

  it('names a line that is neither a sentence header nor a token row', () => {
    expect(errorOf(withLine(8, 'a\t8-9\ta\t_\t'))).toMatch(
      /^doc\.tsv:8: "a\\t8-9\\ta\\t_\\t" is neither a sentence header \(#Text=\) nor a token row/,
    );
  });

  it('names a header that is not WebAnno TSV 3', () => {
    expect(errorOf(withLine(1, '#FORMAT=WebAnno TSV 2'))).toBe(
      'doc.tsv:1: "#FORMAT=WebAnno TSV 2" is not a WebAnno TSV 3 header (#FORMAT=WebAnno TSV 3.3; 3, 3.1 and 3.2 are read too); export the document again from INCEpTION or WebAnno as "WebAnno TSV 3"',
    );
  });

  it('names the line of a sentence header without token rows, after rows of no sentence (found by tests/faults)', () => {
    const content = [
      '#FORMAT=WebAnno TSV 3.3',
      `#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value`,
      '',
      '1-1\t0-1\tx\tPERSON\t',
      '#Text=x',
      '',
    ].join('\n');
    expect(errorsOf(() => readWebanno([file('doc.tsv', content)])).map((e) => e.message)).toEqual([
      'doc.tsv:4: token 1-1 follows no #Text= line; start each sentence with its #Text= line',
      'doc.tsv:5: a sentence header without token rows; each #Text= is followed by its tokens',
    ]);
  });

  it('names a sentence whose offsets leave a gap no text has, without filling it (a damaged 2**53)', () => {
    const content = withLine(
      6,
      '1-1\t9007199254740993-9007199254740997\tThis\tPERSON[1]|LOCATION[2]\t',
    );
    expect(errorOf(content)).toBe(
      "doc.tsv:6: sentence starts at 9007199254740992, 9007199254740992 characters after the end of the text so far (0); fix the offsets of this sentence's tokens",
    );
  });

  it('warns about a sentence header line it does not know, which INCEpTION ignores too', () => {
    const second = `${REAL}\n#Comment=checked\n#Text=Yes\n2-1\t17-20\tYes\t_\t\n`;
    const read = readWebanno([file('doc.tsv', second)]);
    expect(read.warnings).toEqual([
      'doc.tsv:12: "#Comment=checked" is neither #Text= nor #Sentence.id=; ignored, as INCEpTION ignores it',
    ]);
    expect(read.documents[0]?.spans).toHaveLength(2);
  });

  it("keeps such a line in the first sentence's header, to write it back there", () => {
    const read = readWebanno([
      file('doc.tsv', withLine(5, '#Comment=checked\n#Text=This is a test .')),
    ]);
    expect(read.warnings).toEqual([
      `doc.tsv:5: 1 line of # before the first sentence's text ("#Comment=checked"…) kept with the document; the WebAnno TSV export writes them back before the first #Text= line, where INCEpTION ignores them`,
    ]);
    expect(read.documents[0]?.metadata?.$webanno).toMatchObject({
      preamble: ['#Comment=checked'],
    });
    expect(read.documents[0]?.spans).toHaveLength(2);
  });
});
