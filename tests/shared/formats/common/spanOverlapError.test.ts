import { describe, expect, it } from 'vitest';
import { SpanOverlapError, type OverlapSide } from '../../../../src/shared/formats';

function side(label: string, start: number, end: number, text: string): OverlapSide {
  return { label, start, end, text };
}

const PAIR = [side('GPE', 12, 16, 'Iraq'), side('NORP', 12, 17, 'Iraqi')] as const;
const WAYS_OUT =
  'Choose labels that do not overlap with --labels A,B, or keep one of each overlap with --overlaps longest or --overlaps first';

describe('SpanOverlapError', () => {
  it('names the document, the pairs by label, offsets and text, and how many pairs there are', () => {
    const error = new SpanOverlapError('report', [PAIR], 1);
    expect(error.message).toBe(
      `report: overlapping spans cannot be written as IOB tags (1 pair): GPE [12,16) "Iraq" and NORP [12,17) "Iraqi". ${WAYS_OUT}`,
    );
  });

  it('counts the pairs it does not name', () => {
    const error = new SpanOverlapError('report', [PAIR, PAIR, PAIR], 5);
    expect(error.message).toMatch(/IOB tags \(5 pairs\): GPE .*"Iraqi" \(and 2 more\)\. Choose/);
    expect(error.total).toBe(5);
  });

  it('in(words): names the document as a reader knows it, its name in brackets for grep', () => {
    const error = new SpanOverlapError('000_90267a0c835213d2', [PAIR], 1).in(
      'document 1 of 5, “Washington rejects…”',
    );
    expect(error).toBeInstanceOf(SpanOverlapError);
    expect(error.words).toBe('document 1 of 5, “Washington rejects…”');
    expect(error.message).toMatch(
      /^document 1 of 5, “Washington rejects…” \[000_90267a0c835213d2\]: overlapping spans/,
    );
    expect(error.pairs).toEqual([PAIR]);
  });
});
