import { describe, expect, it } from 'vitest';
import { inAppWords } from '../../../../src/renderer/src/features/interchange/inAppWords';

describe('the command line options in a reason, as the dialogs name their fields', () => {
  it.each([
    [
      'fits labelstudio and doccano equally (keys data, labels); pass --format labelstudio or --format doccano',
      'fits labelstudio and doccano equally (keys data, labels); choose labelstudio or doccano under Format',
    ],
    [
      'holds texts without any annotation key; pass --format doccano or --format spans-jsonl',
      'holds texts without any annotation key; choose doccano or spans-jsonl under Format',
    ],
    [
      'cannot tell the format from the extension ".x"; pass --format',
      'cannot tell the format from the extension ".x"; choose its format under Format',
    ],
    [
      'this record is not doccano (try --format auto, or --format spans-jsonl or labelstudio)',
      'this record is not doccano (try Format auto (detect), spans-jsonl or labelstudio)',
    ],
    [
      'Import it as CoNLL with --format conll (or as text anyway with --format txt)',
      'Import it as CoNLL with Format conll (or as text anyway with Format txt)',
    ],
    [
      'pass --tag-column 3 to read them, or --tag-column 4 to import the tokens without spans',
      'type 3 as Tag column to read them, or Tag column 4 to import the tokens without spans',
    ],
    [
      'it cannot be the tag column; pass another --tag-column',
      'it cannot be the tag column; type another Tag column',
    ],
    [
      'or pass --scheme io if every tag is a bare label',
      'or choose IO as Tag scheme if every tag is a bare label',
    ],
    ['read as IOB2 (as --scheme says)', 'read as IOB2 (as Tag scheme says)'],
    [
      "name the column holding the text with --text-column NAME (doccano's column_data), and the one holding the labels with --label-column NAME",
      "name the column holding the text with the Text column field (doccano's column_data), and the one holding the labels with the Label column field",
    ],
    ['a reason without options', 'a reason without options'],
  ])('%s', (reason, said) => {
    expect(inAppWords(reason)).toBe(said);
  });
});
