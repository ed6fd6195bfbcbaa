import { z } from 'zod';

/** The row and column name for "no span here": the last of `labels`. */
export const NO_SPAN = 'none';

/**
 * Counts of reference labels (rows) against candidate labels (columns) for a heatmap.
 * `labels` are the sorted labels followed by {@link NO_SPAN}; `counts[r][c]` counts
 * pairs, the no-span row holding candidate spans nothing in the reference paired with
 * and the no-span column the reference spans left unpaired. `counts[none][none]` is 0.
 * @example { labels: ['ORG', 'PER', 'none'], counts: [[4, 1, 0], [0, 7, 2], [1, 0, 0]] }
 */
export const labelConfusionSchema = z.object({
  labels: z.array(z.string()),
  counts: z.array(z.array(z.number().int().nonnegative())),
});
export type LabelConfusion = z.infer<typeof labelConfusionSchema>;

/** One paired observation: reference label and candidate label, null for no span. */
export type LabelPairing = readonly [string | null, string | null];

/**
 * Builds a {@link LabelConfusion} from pairings; a [null, null] pairing is ignored.
 * @example labelConfusion([['PER', 'PER'], ['PER', null]]) → { labels: ['PER', 'none'], counts: [[1, 1], [0, 0]] }
 */
export function labelConfusion(pairings: Iterable<LabelPairing>): LabelConfusion {
  const tally = new Map<string | null, Map<string | null, number>>();
  const seen = new Set<string>();
  for (const [reference, candidate] of pairings) {
    if (reference === null && candidate === null) continue;
    if (reference !== null) seen.add(reference);
    if (candidate !== null) seen.add(candidate);
    const row = tally.get(reference) ?? new Map<string | null, number>();
    row.set(candidate, (row.get(candidate) ?? 0) + 1);
    tally.set(reference, row);
  }
  const names = [...seen].sort();
  const axis: (string | null)[] = [...names, null];
  return {
    labels: [...names, NO_SPAN],
    counts: axis.map((r) => axis.map((c) => tally.get(r)?.get(c) ?? 0)),
  };
}
