import { describe, expect, it } from 'vitest';
import { exportWords } from '../../../../src/renderer/src/features/interchange/exportWords';
import { IOB_REASONS } from '../../../../src/shared/formats/common/keptMentions';
import { parseSplitRatios } from '../../../../src/shared/formats/parseSplitRatios';

/** The message `parseSplitRatios` refuses `text` with, as the command line prints it. */
function splitRefusal(text: string): string {
  try {
    parseSplitRatios(text);
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error(`${text} was taken`);
}

describe('the command line export options in a reason, as the Export dialog names its fields', () => {
  it.each([
    [splitRefusal('80/'), 'Split takes train/dev/test (e.g. 80/10/10) or train/test, not "80/"'],
    [splitRefusal('0/0/0'), 'Split parts must not all be zero'],
    [
      `1 × ${IOB_REASONS.longest}`,
      '1 × overlapping span dropped (Overlapping spans “keep the longest”: kept the longest, then the earliest)',
    ],
    [
      `2 × ${IOB_REASONS.first}`,
      '2 × overlapping span dropped (Overlapping spans “keep the first”: kept the earliest, then the longest)',
    ],
    [
      '1 × span left out by --labels',
      '1 × span left out (its label not ticked under Labels to export)',
    ],
    [
      '1 × relation left out with a span (--labels)',
      '1 × relation left out with a span (its label not ticked under Labels to export)',
    ],
    [
      'Choose labels that do not overlap with --labels A,B, or keep one of each overlap with --overlaps longest or --overlaps first',
      'Choose labels that do not overlap by unticking labels under Labels to export, or keep one of each overlap by choosing “keep the longest” or “keep the first” under Overlapping spans',
    ],
    [
      'nothing to export: the one document is not marked done in the lena layer (mark it done, or export without --only-done)',
      'nothing to export: the one document is not marked done in the lena layer (mark it done, or untick only done)',
    ],
    [
      '3 rejected suggestions left out (--include-rejected exports them too)',
      '3 rejected suggestions left out (tick “Include rejected suggestions” to export them too)',
    ],
    [
      "nothing to export: every stance in bo's layers rests on a span left out by --labels: keep the labels of their spans, or choose another format",
      "nothing to export: every stance in bo's layers rests on a span left out (its label not ticked under Labels to export): keep the labels of their spans, or choose another format",
    ],
    [
      "nothing to export: the 2 documents of bo's layer hold no span, relation, stance or document label: annotate them or choose another layer (--annotator NAME), or give --allow-empty to write the texts without annotations",
      "nothing to export: the 2 documents of bo's layer hold no span, relation, stance or document label: annotate them or choose another Layer, or tick “Write even if empty” to write the texts without annotations",
    ],
    [
      'nothing to export in test: --split 60/20/20 of 2 documents (documents of one text go together) leaves test without a document: export more documents, give test a larger share or none (train/test: 90/10), or give --allow-empty to write it empty',
      'nothing to export in test: Split 60/20/20 of 2 documents (documents of one text go together) leaves test without a document: export more documents, give test a larger share or none (train/test: 90/10), or tick “Write even if empty” to write it empty',
    ],
    [
      'the export holds no annotation, only the texts of 5 documents (--allow-empty)',
      'the export holds no annotation, only the texts of 5 documents (“Write even if empty” ticked)',
    ],
  ])('%s', (reason, said) => {
    expect(exportWords(reason)).toBe(said);
  });

  it('leaves a reason without options as it is', () => {
    expect(exportWords('1 × document label')).toBe('1 × document label');
  });
});
