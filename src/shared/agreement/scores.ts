import { z } from 'zod';

/** A share, or null when its denominator is zero (0/0 is undefined, not 0). */
const shareSchema = z.number().min(0).max(1).nullable();

/**
 * Span agreement counts and the figures derived from them.
 * @example { tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 0.667 }
 */
export const scoresSchema = z.object({
  tp: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
  precision: shareSchema,
  recall: shareSchema,
  f1: shareSchema,
});
export type Scores = z.infer<typeof scoresSchema>;

/** True-positive, false-positive and false-negative counts. */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Precision, recall and F1 from counts. F1 is 2tp / (2tp + fp + fn), which equals the
 * harmonic mean where both are defined and is 0 (not null) when one side has spans
 * and nothing matches; it is null only when neither side has anything (0/0).
 * @example scoresOf({ tp: 1, fp: 1, fn: 0 }) → { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 0.667 }
 */
export function scoresOf(counts: Counts): Scores {
  const { tp, fp, fn } = counts;
  return {
    tp,
    fp,
    fn,
    precision: share(tp, tp + fp),
    recall: share(tp, tp + fn),
    f1: share(2 * tp, 2 * tp + fp + fn),
  };
}

/** Sums counts (micro-averaging). @example addCounts({tp:1,fp:0,fn:2}, {tp:1,fp:1,fn:0}) → {tp:2,fp:1,fn:2} */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
