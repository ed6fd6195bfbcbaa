import { describe, expect, it } from 'vitest';
import { readConll, writeConll } from '../../../../src/shared/formats';
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

describe('readConll of NERsuite token files', () => {
  it('refuses to guess between the first column and the last, both tags, naming --tag-column', () => {
    // Before, the chunk tags were read as the names and the entity tags as the words:
    // a text "B-Multi-tissue_structure I-Multi-tissue_structure O …" with NP and PP spans.
    expect(messagesOf(() => readConll([file('PMC-1.nersuite', NERSUITE)]))).toEqual([
      'PMC-1.nersuite: its first column and its last (column 7) both hold tags (B-…, I-…, O), so neither is the words: pass --tag-column 1 to read the first as the tags (NERsuite: tag, start, end, word, lemma, POS, chunk) or --tag-column 7 to read the last',
    ]);
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
