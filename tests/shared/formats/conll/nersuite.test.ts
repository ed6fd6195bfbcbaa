import { describe, expect, it } from 'vitest';
import { detectFormat, readConll, writeConll } from '../../../../src/shared/formats';
import { file, lines, messagesOf, tsv } from '../build';

/**
 * NERsuite's token files (AnatEM's `nersuite/`, as its README describes them): the entity tag
 * first, the word's start and end offsets, the word, its lemma, POS and chunk tag, so both the
 * first column and the last hold tags.
 */
const NERSUITE = lines(
  tsv('B-Multi-tissue_structure', '579', '584', 'white', 'white', 'JJ', 'I-NP'),
  tsv('I-Multi-tissue_structure', '585', '591', 'matter', 'matter', 'NN', 'I-NP'),
  tsv('O', '592', '594', 'of', 'of', 'IN', 'B-PP'),
  tsv('O', '595', '598', 'rat', 'rat', 'NN', 'B-NP'),
  tsv('B-Organ', '599', '605', 'spinal', 'spinal', 'JJ', 'I-NP'),
  tsv('I-Organ', '606', '610', 'cord', 'cord', 'NN', 'I-NP'),
);

/** Both ends tagged, but not NERsuite's layout: the second and third columns are no offsets. */
const BOTH_ENDS = lines(
  tsv('B-Organ', 'x', 'y', 'spinal', 'JJ', 'I-NP'),
  tsv('I-Organ', 'x', 'y', 'cord', 'NN', 'I-NP'),
);

describe('readConll of NERsuite token files', () => {
  it('reads them without --tag-column: tags first, the words after their offsets, said so', () => {
    // Before, they were refused: both the first column and the last hold tags.
    const bundle = readConll([file('PMC-1.nersuite', NERSUITE)]);
    const [doc] = bundle.documents;
    expect(doc?.text).toBe('white matter of rat spinal cord');
    expect(doc?.spans.map((s) => [s.label, s.fragments[0]?.start, s.fragments[0]?.end])).toEqual([
      ['Multi-tissue_structure', 0, 12],
      ['Organ', 20, 31],
    ]);
    expect(bundle.warnings).toEqual([
      'PMC-1.nersuite: read as IOB2 (detected), tokens in column 4, tags in column 1 (NERsuite: tag, start, end, word, lemma, POS, chunk tag; the offsets in columns 2 and 3 kept, not used to lay out the text) (columns separated by tabs: a word may hold spaces), columns 2, 3, 5, 6, 7 kept beside the tokens and written back by the CoNLL export; tokens joined by spaces, sentences by line breaks',
    ]);
    expect(writeConll(bundle).files.map((f) => f.content)).toEqual([NERSUITE]);
  });

  it('refuses to guess when both ends hold tags but columns 2 and 3 are no offsets', () => {
    expect(messagesOf(() => readConll([file('a.conll', BOTH_ENDS)]))).toEqual([
      'a.conll: its first column and its last (column 6) both hold tags (B-…, I-…, O), so neither is the words: pass --tag-column 1 to read the first as the tags (NERsuite: tag, start, end, word, lemma, POS, chunk) or --tag-column 6 to read the last',
    ]);
  });

  it('refuses to guess when the offsets go back within a document', () => {
    const back = lines(
      tsv('B-Organ', '10', '16', 'spinal', 'spinal', 'JJ', 'I-NP'),
      tsv('I-Organ', '0', '4', 'cord', 'cord', 'NN', 'I-NP'),
    );
    expect(messagesOf(() => readConll([file('a.conll', back)]))).toHaveLength(1);
  });

  it('refuses to guess when an end offset does not give the word its length', () => {
    const wide = lines(
      tsv('B-Organ', '0', '9', 'spinal', 'spinal', 'JJ', 'I-NP'),
      tsv('I-Organ', '10', '14', 'cord', 'cord', 'NN', 'I-NP'),
    );
    expect(messagesOf(() => readConll([file('a.conll', wide)]))).toHaveLength(1);
  });

  it('reads offsets that start again in each document (-DOCSTART- lines)', () => {
    const two = lines(
      '-DOCSTART-\tO',
      '',
      tsv('B-Cell', '0', '5', 'cells', 'cell', 'NNS', 'B-NP'),
      '',
      '-DOCSTART-\tO',
      '',
      tsv('B-Organ', '0', '5', 'liver', 'liver', 'NN', 'B-NP'),
    );
    const bundle = readConll([file('two.nersuite', two)]);
    expect(bundle.documents.map((d) => [d.text, d.spans[0]?.label])).toEqual([
      ['cells', 'Cell'],
      ['liver', 'Organ'],
    ]);
  });

  it('reads a file of no names as a text without spans', () => {
    // AnatEM has 205 such documents. Before, the file was refused: column 7 holds tags (B-NP).
    const none = lines(
      tsv('O', '0', '5', 'White', 'White', 'JJ', 'B-NP'),
      tsv('O', '6', '11', 'cells', 'cell', 'NNS', 'I-NP'),
    );
    const bundle = readConll([file('PMC-2.nersuite', none)]);
    expect(bundle.documents.map((d) => [d.text, d.spans.length])).toEqual([['White cells', 0]]);
    expect(writeConll(bundle).files.map((f) => f.content)).toEqual([none]);
  });

  it('is found by --format auto under the .nersuite extension', () => {
    // Before, a .nersuite file was in no format Loupe names.
    expect(detectFormat([file('PMC-1.nersuite', NERSUITE)])).toBe('conll');
  });

  it('with --tag-column 1, reads the words after their offsets and writes the file back', () => {
    // Before, the words were the start offsets: a text "579 585 592 595 599 606".
    const bundle = readConll([file('PMC-1.nersuite', NERSUITE)], { tagColumn: 1 });
    const [doc] = bundle.documents;
    expect(doc?.text).toBe('white matter of rat spinal cord');
    expect(doc?.spans.map((s) => [s.label, s.fragments[0]?.start, s.fragments[0]?.end])).toEqual([
      ['Multi-tissue_structure', 0, 12],
      ['Organ', 20, 31],
    ]);
    expect(bundle.warnings.join('\n')).toContain('tokens in column 4, tags in column 1');
    const written = writeConll(bundle);
    expect(written.files.map((f) => f.content)).toEqual([NERSUITE]);
  });
});
