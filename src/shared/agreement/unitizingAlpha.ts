import type { Fragment } from '../spans';
import type { LabeledSpan } from './labeledSpan';
import { itemAt } from '../collections';

/**
 * A unitizing alpha with the disagreements it comes from.
 * @example { value: 0.7286, observed: 0.0144, expected: 0.0532 }
 */
export interface UnitizingFigures {
  /** 1 − observed / expected; null when expected is 0 (nobody marked any unit). */
  readonly value: number | null;
  readonly observed: number;
  readonly expected: number;
}

/**
 * Per-label unitizing alphas and one pooled over labels (1 − ΣD_o / ΣD_e).
 * @example { overall: { value: 0.859, … }, byLabel: { c: { value: 0.729, … }, k: { value: 1, … } } }
 */
export interface UnitizingAlpha {
  readonly overall: UnitizingFigures;
  readonly byLabel: Readonly<Record<string, UnitizingFigures>>;
}

/**
 * A continuum (a document's code points, or part of it) and each annotator's spans on it.
 * @example { continuum: { start: 0, end: 120 }, annotators: [[span(0, 5, 'PER')], [span(0, 4, 'PER')]] }
 */
export interface UnitizingInput {
  readonly continuum: Fragment;
  readonly annotators: readonly (readonly LabeledSpan[])[];
}

/** One annotator's partition of the continuum for one label: units of it, and gaps. */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly unit: boolean;
}

/** The label's fragments of one annotator, sorted, overlapping ones merged (adjacent kept apart). */
function unitsOf(spans: readonly LabeledSpan[], label: string, continuum: Fragment): Fragment[] {
  const fragments = spans
    .filter((s) => s.label === label)
    .flatMap((s) => s.fragments)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const units: Fragment[] = [];
  for (const f of fragments) {
    if (f.start < continuum.start || f.end > continuum.end) {
      throw new RangeError(
        `fragment [${f.start}, ${f.end}) lies outside the continuum [${continuum.start}, ${continuum.end})`,
      );
    }
    const last = units[units.length - 1];
    if (last && f.start < last.end) {
      units[units.length - 1] = { start: last.start, end: f.end > last.end ? f.end : last.end };
      continue;
    }
    units.push(f);
  }
  return units;
}

function segmentsOf(units: readonly Fragment[], continuum: Fragment): Segment[] {
  const segments: Segment[] = [];
  let at = continuum.start;
  for (const u of units) {
    if (u.start > at) segments.push({ start: at, end: u.start, unit: false });
    segments.push({ start: u.start, end: u.end, unit: true });
    at = u.end;
  }
  if (at < continuum.end) segments.push({ start: at, end: continuum.end, unit: false });
  return segments;
}

/** δ² of two intersecting segments of different annotators (Krippendorff 2004). */
function distance(g: Segment, h: Segment): number {
  if (g.unit && h.unit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
  if (g.unit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2;
  if (h.unit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2;
  return 0;
}

/** Σ δ² over the intersecting segment pairs of two annotators, walking both partitions. */
function pairDisagreement(a: readonly Segment[], b: readonly Segment[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const g = itemAt(a, i);
    const h = itemAt(b, j);
    sum += distance(g, h);
    if (g.end <= h.end) i++;
    if (h.end <= g.end) j++;
  }
  return sum;
}

function observedDisagreement(partitions: readonly Segment[][], length: number): number {
  const m = partitions.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      sum += 2 * pairDisagreement(itemAt(partitions, i), itemAt(partitions, j));
    }
  }
  return sum / (m * (m - 1) * length * length);
}

/** Σ over gaps h with l_h ≥ l of (l_h − l + 1), from gap lengths sorted ascending and suffix sums. */
function gapFits(sortedGaps: readonly number[], suffix: readonly number[], l: number): number {
  let lo = 0;
  let hi = sortedGaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (itemAt(sortedGaps, mid) < l) lo = mid + 1;
    else hi = mid;
  }
  return itemAt(suffix, lo) - (sortedGaps.length - lo) * (l - 1);
}

/**
 * D_e = (2/L) Σ_units [ (N − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps ≥ l} (l_gap − l + 1) ]
 *       / [ mL(mL − 1) − Σ_units l(l − 1) ], over the units and gaps of all annotators.
 */
function expectedDisagreement(partitions: readonly Segment[][], length: number): number {
  const m = partitions.length;
  const all = partitions.flat();
  const units = all.filter((s) => s.unit).map((s) => s.end - s.start);
  const gaps = all
    .filter((s) => !s.unit)
    .map((s) => s.end - s.start)
    .sort((a, b) => a - b);
  const suffix = new Array<number>(gaps.length + 1).fill(0);
  for (let i = gaps.length - 1; i >= 0; i--) {
    suffix[i] = itemAt(suffix, i + 1) + itemAt(gaps, i);
  }
  let numerator = 0;
  let selfPairs = 0;
  for (const l of units) {
    numerator +=
      ((units.length - 1) * l * (l - 1) * (2 * l - 1)) / 3 + l * l * gapFits(gaps, suffix, l);
    selfPairs += l * (l - 1);
  }
  const denominator = m * length * (m * length - 1) - selfPairs;
  return units.length === 0 ? 0 : ((2 / length) * numerator) / denominator;
}

function figures(observed: number, expected: number): UnitizingFigures {
  return { value: expected === 0 ? null : 1 - observed / expected, observed, expected };
}

/**
 * Krippendorff's unitizing alpha in the per-label form of Krippendorff (2004): Content
 * Analysis, 2nd ed., and "Measuring the reliability of qualitative text analysis data"
 * (Quality & Quantity 38). For each label, every annotator's continuum is cut into units
 * of that label and gaps. D_o sums δ² over intersecting segments of different annotators
 * (for two units, squared start and end differences; for a unit inside the other's gap,
 * its squared length) over m(m − 1)L²; D_e is that sum expected over every position the
 * observed units and gaps could take. Offsets are code points. Each fragment of a span is
 * a unit; one annotator's overlapping units of a label are merged, adjacent ones are not.
 * With more than two annotators D_o averages over ordered pairs, as the 2004 form does;
 * Krippendorff, Mathet, Bouvry & Widlöcher (2016) revise the coefficient for that case.
 * Throws a RangeError for fewer than 2 annotators or a fragment outside the continuum.
 * @example unitizingAlpha({ continuum: { start: 0, end: 20 }, annotators: [[span(2, 8, 'PER')], [span(2, 8, 'PER')]] }).byLabel.PER.value === 1
 */
export function unitizingAlpha(input: UnitizingInput): UnitizingAlpha {
  const { continuum, annotators } = input;
  if (annotators.length < 2) throw new RangeError('unitizing alpha needs at least 2 annotators');
  const length = continuum.end - continuum.start;
  const labels = [...new Set(annotators.flatMap((spans) => spans.map((s) => s.label)))].sort();
  const byLabel: [string, UnitizingFigures][] = [];
  let observed = 0;
  let expected = 0;
  for (const label of labels) {
    const partitions = annotators.map((spans) =>
      segmentsOf(unitsOf(spans, label, continuum), continuum),
    );
    const d = figures(
      observedDisagreement(partitions, length),
      expectedDisagreement(partitions, length),
    );
    byLabel.push([label, d]);
    observed += d.observed;
    expected += d.expected;
  }
  return { overall: figures(observed, expected), byLabel: Object.fromEntries(byLabel) };
}
