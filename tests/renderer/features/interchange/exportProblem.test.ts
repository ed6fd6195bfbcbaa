import { describe, expect, it } from 'vitest';
import { overlapDetails, WorkbenchError } from '../../../../src/shared/contract';
import { SpanOverlapError } from '../../../../src/shared/formats';
import { exportProblem } from '../../../../src/renderer/src/features/interchange/components/exportProblem';

const WORDS = { field: 'Overlapping spans', longest: 'keep the longest', first: 'keep the first' };
/** What the old dialog said for every refusal naming an id. */
const GENERIC = 'Loupe could not accept this change. Check what you entered and try again.';

/** The export refusal as the workbench sends it: a message for the command line, the facts as details. */
function refusal(total: number, words?: string): WorkbenchError {
  const pair = [
    { label: 'PERSON', start: 337, end: 348, text: 'Mike Pompeo' },
    { label: 'MISC', start: 342, end: 348, text: 'Pompeo' },
  ] as const;
  const base = new SpanOverlapError('001_8f0f90acb7aa8cc5', [pair], total);
  const error = words ? base.in(words) : base;
  return new WorkbenchError('invalid_request', error.message, overlapDetails(error));
}

describe('exportProblem', () => {
  it('names the document, the first pair by label and text, the count and the way out in the dialog’s words', () => {
    const message = exportProblem(
      refusal(3, 'document 2 of 5, “The United States on Friday rejected a request by…”'),
      WORDS,
    );
    expect(message).toBe(
      'In document 2 of 5, “The United States on Friday rejected a request by…”, 3 pairs of spans overlap, ' +
        'which IOB tags cannot hold: PERSON “Mike Pompeo” and MISC “Pompeo”, and 2 more pairs. ' +
        'To export, choose “keep the longest” or “keep the first” under Overlapping spans, untick one of the labels ' +
        'that overlap, or choose a format that keeps overlapping spans, such as brat or spans-jsonl.',
    );
    expect(message).not.toMatch(/8f0f90|--overlaps|\[\d+,\d+\)/);
  });

  it('says one pair in the singular, and a document it cannot name as one document', () => {
    expect(exportProblem(refusal(1), WORDS)).toMatch(
      /^In one document, 1 pair of spans overlaps, which IOB tags cannot hold: PERSON “Mike Pompeo” and MISC “Pompeo”\. To export/,
    );
  });

  it('cuts a long span text to 40 characters', () => {
    const long = 'x'.repeat(60);
    const error = new SpanOverlapError(
      'd',
      [
        [
          { label: 'A', start: 0, end: 60, text: long },
          { label: 'B', start: 1, end: 2, text: 'x' },
        ],
      ],
      1,
    );
    const message = exportProblem(
      new WorkbenchError('invalid_request', error.message, overlapDetails(error)),
      WORDS,
    );
    expect(message).toContain(`A “${'x'.repeat(39)}…” and B “x”`);
  });

  it('says any other refusal as the rest of Loupe does', () => {
    const other = new WorkbenchError('invalid_request', 'label PER already exists');
    expect(exportProblem(other, WORDS)).toBe('Label PER already exists. Nothing was changed.');
    const named = new WorkbenchError('invalid_request', 'no layer 000_90267a0c835213d2');
    expect(exportProblem(named, WORDS)).toBe(GENERIC);
  });
});
