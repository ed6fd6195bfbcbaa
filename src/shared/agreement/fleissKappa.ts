import type { Category } from './category';

/**
 * Fleiss' kappa with the agreement shares it comes from.
 * @example { value: 0.21, observed: 0.378, expected: 0.213, units: 10, raters: 14 }
 */
export interface FleissKappa {
  /** (P̄ − P̄e) / (1 − P̄e); null when there are no units or P̄e is 1 (one category only). */
  readonly value: number | null;
  /** P̄: mean share of agreeing rater pairs per unit. */
  readonly observed: number | null;
  /** P̄e: Σ p_j², p_j the share of all ratings in category j. */
  readonly expected: number | null;
  readonly units: number;
  /** Ratings per unit. */
  readonly raters: number;
}

/**
 * Fleiss' (1971) kappa: each unit is rated by the same number (≥ 2) of raters, who
 * need not be the same people, into nominal categories; no missing ratings. Each entry
 * of `units` lists one unit's ratings. Throws a RangeError on unequal or too few ratings.
 * @example fleissKappa([['a', 'a', 'a'], ['b', 'b', 'b']]).value === 1
 */
export function fleissKappa(units: readonly (readonly Category[])[]): FleissKappa {
  const raters = units[0]?.length ?? 0;
  if (units.length === 0) return { value: null, observed: null, expected: null, units: 0, raters };
  if (raters < 2) throw new RangeError('each unit needs at least 2 ratings');
  const totals = new Map<Category, number>();
  let squares = 0; // Σ over units and categories of n_ij²
  units.forEach((ratings, i) => {
    if (ratings.length !== raters) {
      throw new RangeError(`unit ${i} has ${ratings.length} ratings; every unit needs ${raters}`);
    }
    const counts = new Map<Category, number>();
    for (const r of ratings) counts.set(r, (counts.get(r) ?? 0) + 1);
    for (const [category, n] of counts) {
      squares += n * n;
      totals.set(category, (totals.get(category) ?? 0) + n);
    }
  });
  const ratings = units.length * raters;
  const observed = (squares - ratings) / (ratings * (raters - 1));
  let expected = 0;
  for (const total of totals.values()) expected += (total / ratings) ** 2;
  const value = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { value, observed, expected, units: units.length, raters };
}
