import type { Category } from './category';
import { getKnown, itemAt } from '../collections';

/**
 * How different two values are: `nominal` (equal or not), `ordinal` (by how many values
 * lie between them), `interval` (squared difference), `ratio` (squared relative difference).
 * @example 'nominal'
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Krippendorff's alpha with the disagreements it comes from.
 * @example { value: 0.743, observed: 0.2, expected: 0.779, pairable: 40 }
 */
export interface KrippendorffAlpha {
  /** 1 − observed / expected; null when fewer than 2 pairable values or expected is 0. */
  readonly value: number | null;
  /** D_o, from the coincidences of values within units. */
  readonly observed: number | null;
  /** D_e, from the coincidences of all pairable values. */
  readonly expected: number | null;
  /** n: values in units that hold at least 2 of them. */
  readonly pairable: number;
}

/** A unit's values, one entry per rater; null or undefined where that rater gave none. */
export type ReliabilityUnit = readonly (Category | null | undefined)[];

/** o_ck, and n_c: how often c occurs in units with at least 2 values. */
interface Coincidences {
  readonly o: Map<Category, Map<Category, number>>;
  readonly marginals: Map<Category, number>;
}

/** o_ck: each ordered pair of values from different raters of a unit adds 1/(m_u − 1). */
function coincidences(units: readonly ReliabilityUnit[]): Coincidences {
  const o = new Map<Category, Map<Category, number>>();
  const marginals = new Map<Category, number>();
  for (const unit of units) {
    const counts = new Map<Category, number>();
    let m = 0;
    for (const v of unit) {
      if (v === null || v === undefined) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    for (const [c, nc] of counts) {
      marginals.set(c, (marginals.get(c) ?? 0) + nc);
      const row = o.get(c) ?? new Map<Category, number>();
      o.set(c, row);
      for (const [k, nk] of counts) {
        row.set(k, (row.get(k) ?? 0) + (c === k ? nc * (nc - 1) : nc * nk) / (m - 1));
      }
    }
  }
  return { o, marginals };
}

/** δ²(c, k) for a metric; `marginals` are n_c in ascending order of value (for ordinal). */
function distance(
  metric: AlphaMetric,
  marginals: ReadonlyMap<Category, number>,
): (c: Category, k: Category) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  const values = [...marginals.keys()].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
  const needNumbers = `the ${metric} metric needs finite numbers as values`;
  if (values.length !== marginals.size) throw new TypeError(needNumbers);
  const numeric = (v: Category): number => {
    if (typeof v !== 'number') throw new TypeError(needNumbers);
    return v;
  };
  if (metric === 'interval') return (c, k) => (numeric(c) - numeric(k)) ** 2;
  if (metric === 'ratio') {
    return (c, k) => {
      const sum = numeric(c) + numeric(k);
      return sum === 0 ? 0 : ((numeric(c) - numeric(k)) / sum) ** 2;
    };
  }
  // ordinal: (Σ n_g for g from c to k − (n_c + n_k) / 2)², with a running sum over sorted values
  const rank = new Map<Category, number>();
  const cumulative: number[] = [0];
  values.forEach((v, i) => {
    rank.set(v, i);
    cumulative.push(itemAt(cumulative, i) + getKnown(marginals, v));
  });
  return (c, k) => {
    const lo = Math.min(getKnown(rank, c), getKnown(rank, k));
    const hi = Math.max(getKnown(rank, c), getKnown(rank, k));
    const between = itemAt(cumulative, hi + 1) - itemAt(cumulative, lo);
    return (between - (getKnown(marginals, c) + getKnown(marginals, k)) / 2) ** 2;
  };
}

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 * any number of raters, missing values allowed, one row per unit with one entry per
 * rater. Units with fewer than 2 values cannot be paired and are left out. Numeric
 * values are needed for every metric but `nominal` (a TypeError otherwise).
 * @example krippendorffAlpha([[1, 1], [2, 2], [1, null]]).value === 1
 */
export function krippendorffAlpha(
  units: readonly ReliabilityUnit[],
  options: { readonly metric?: AlphaMetric } = {},
): KrippendorffAlpha {
  const { o, marginals } = coincidences(units);
  const sorted = new Map([...marginals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let pairable = 0;
  for (const nc of marginals.values()) pairable += nc;
  if (pairable < 2) return { value: null, observed: null, expected: null, pairable };
  const delta = distance(options.metric ?? 'nominal', sorted);
  let observed = 0;
  let expected = 0;
  for (const [c, nc] of sorted) {
    for (const [k, nk] of sorted) {
      const d = delta(c, k);
      if (d === 0) continue;
      observed += (o.get(c)?.get(k) ?? 0) * d;
      expected += nc * nk * d;
    }
  }
  observed /= pairable;
  expected /= pairable * (pairable - 1);
  return { value: expected === 0 ? null : 1 - observed / expected, observed, expected, pairable };
}
