import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
import { file, lines, tsv } from '../build';

describe('#DOCSTART lines between documents', () => {
  // The BSNLP layout WikiNEuRal's repository keeps (data/bsnlp/*/*.conllu), in our own words:
  // `#DOCSTART` and a blank line before each document, tokens numbered from 1, IOB2 tags.
  const BSNLP = lines(
    '#DOCSTART',
    '',
    tsv(1, 'Debata', 'O'),
    tsv(2, 'w', 'O'),
    tsv(3, 'Sejmie', 'B-ORG'),
    '',
    tsv(1, 'Mówił', 'O'),
    tsv(2, 'Jan', 'B-PER'),
    tsv(3, 'Nowak', 'I-PER'),
    '',
    '#DOCSTART',
    '',
    tsv(1, 'Unia', 'B-ORG'),
    tsv(2, 'milczy', 'O'),
    '',
  );

  it('open a document each, as -DOCSTART- lines do, and come back where they were', () => {
    const bundle = readConll([file('val.conllu', BSNLP)]);
    expect(bundle.documents.map((d) => [d.name, d.text])).toEqual([
      ['val-1', 'Debata w Sejmie\nMówił Jan Nowak'],
      ['val-2', 'Unia milczy'],
    ]);
    expect(writeConll(bundle).files[0]?.content).toBe(BSNLP);
  });

  it('are written as -DOCSTART- lines in the shape a scheme asked for gives, which conlleval.pl reads', () => {
    const bundle = readConll([file('val.conllu', BSNLP)]);
    const written = writeConll(bundle, { scheme: 'iob2' }).files[0]?.content ?? '';
    expect(written.split('\n').filter((l) => l.includes('DOCSTART'))).toEqual([
      tsv('-DOCSTART-', '-X-', 'O'),
      tsv('-DOCSTART-', '-X-', 'O'),
    ]);
    expect(written).not.toContain('#');
  });
});
