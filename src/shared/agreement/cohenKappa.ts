import type { Category } from './category';

/**
 * Cohen's kappa with the agreement shares it comes from.
 * @example { value: 0.4, observed: 0.7, expected: 0.5, items: 50 }
 */
export interface CohenKappa {
  /** (observed − expected) / (1 − expected); null when there are no items or expected is 1. */
  readonly value: number | null;
  /** Share of items both raters put in the same category. */
  readonly observed: number | null;
  /** Chance agreement from each rater's own category shares. */
  readonly expected: number | null;
  readonly items: number;
}

function tally(values: readonly Category[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Cohen's (1960) kappa for two raters who each put every item in one nominal
 * category: `first[i]` and `second[i]` rate the same item. Computed on integer counts,
 * so it is exact until 2^53. Throws a RangeError when the lengths differ.
 * @example cohenKappa(['yes', 'yes', 'no', 'no'], ['yes', 'no', 'no', 'no']).value === 0.5
 */
export function cohenKappa(first: readonly Category[], second: readonly Category[]): CohenKappa {
  if (first.length !== second.length) {
    throw new RangeError(
      `both raters must rate the same items (${first.length} ≠ ${second.length})`,
    );
  }
  const n = first.length;
  if (n === 0) return { value: null, observed: null, expected: null, items: 0 };
  let agreed = 0;
  first.forEach((v, i) => {
    if (Object.is(v, second[i]) || v === second[i]) agreed++; // SameValueZero, as Map keys
  });
  const secondCounts = tally(second);
  let chance = 0; // Σ over categories of (first's count × second's count)
  for (const [category, count] of tally(first)) chance += count * (secondCounts.get(category) ?? 0);
  const total = n * n;
  return {
    value: chance === total ? null : (n * agreed - chance) / (total - chance),
    observed: agreed / n,
    expected: chance / total,
    items: n,
  };
}
