import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import { file, lines, tsv } from '../build';

describe('a column numbering the tokens of each sentence', () => {
  // WikiNEuRal's layout (Babelscape/wikineural, data/*/*.conllu) in our own words: the tokens
  // numbered from 0 in each sentence, the token, its IOB2 tag.
  const FROM_ZERO = lines(
    tsv(0, 'La', 'O'),
    tsv(1, 'sonda', 'O'),
    tsv(2, 'partì', 'O'),
    tsv(3, 'da', 'O'),
    tsv(4, 'Cape', 'B-LOC'),
    tsv(5, 'Canaveral', 'I-LOC'),
    '',
    tsv(0, 'Anna', 'B-PER'),
    tsv(1, 'Rossi', 'I-PER'),
    tsv(2, 'parlò', 'O'),
    '',
  );

  it('from 0, as WikiNEuRal numbers them, is kept beside the tokens, not read as them', () => {
    const bundle = readConll([file('val.conllu', FROM_ZERO)]);
    const [doc] = bundle.documents;
    expect(doc?.text).toBe('La sonda partì da Cape Canaveral\nAnna Rossi parlò');
    expect(
      doc?.spans.map((s) => doc.text.slice(s.fragments[0]?.start, s.fragments[0]?.end)),
    ).toEqual(['Cape Canaveral', 'Anna Rossi']);
    expect(bundle.warnings[0]).toContain('tokens in column 2, tags in column 3');
    // Written back as it was; with a scheme asked for, the token first, where conlleval.pl reads it.
    expect(writeConll(bundle).files[0]?.content).toBe(FROM_ZERO);
    const asked = writeConll(bundle, { scheme: 'iob2' }).files[0]?.content ?? '';
    expect(asked.split('\n').slice(4, 6)).toEqual([
      tsv('Cape', 4, 'B-LOC'),
      tsv('Canaveral', 5, 'I-LOC'),
    ]);
  });

  it('that is no numbering (a sentence from 0, the next from 1) leaves the first column the tokens', () => {
    const content = lines(tsv(0, 'NNP', 'B-LOC'), tsv(1, 'VBZ', 'O'), '', tsv(1, 'NNP', 'O'), '');
    expect(readConll([file('a.tsv', content)]).documents[0]?.text).toBe('0 1\n1');
  });
});
