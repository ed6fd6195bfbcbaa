/** One measured figure: Loupe's median, the baseline's median measured in the same run, and their ratio. */
export interface BenchRow {
  readonly scenario: string;
  readonly size: string;
  readonly metric: string;
  readonly unit: 'ms' | 'MB' | 'MB/s' | 'KB' | 'B' | 'ms/1k spans' | 'ms/commit' | 'F1';
  readonly loupe: number | null;
  readonly baseline: number | null;
  /** loupe / baseline (for throughput: loupe / baseline too, higher is better). */
  readonly ratio: number | null;
  /** The target, e.g. '≤ 1.0×'; empty when the figure is only reported. */
  readonly target: string;
  readonly met: boolean | null;
  /** A second reference column (a published component), when the scenario has one. */
  readonly reference?: number | null;
  readonly runs: number;
  readonly note?: string;
  /** The bound the ratio is held to, when it has a target. */
  readonly bound?: { readonly kind: '<=' | '>='; readonly value: number };
}

/** Builds a row, computing the ratio and whether an upper (≤) or lower (≥) bound is met. */
export function row(
  fields: Omit<BenchRow, 'ratio' | 'met'> & { bound?: { kind: '<=' | '>='; value: number } },
): BenchRow {
  const { bound } = fields;
  const ratio =
    fields.loupe !== null && fields.baseline !== null && fields.baseline > 0
      ? fields.loupe / fields.baseline
      : null;
  const met =
    bound && ratio !== null
      ? bound.kind === '<='
        ? ratio <= bound.value
        : ratio >= bound.value
      : null;
  return { ...fields, ratio, met };
}

/** How far a missed target is off, e.g. 'app 1 MB / 22k spans add one span: 3.10× against ≤ 1.5× (2.07× too slow)'. */
export function missedBy(r: BenchRow): string | null {
  if (r.met !== false || !r.bound || r.ratio === null) return null;
  const off = r.bound.kind === '<=' ? r.ratio / r.bound.value : r.bound.value / r.ratio;
  return `${r.scenario} ${r.size} ${r.metric}: ${r.ratio.toFixed(2)}× against ${r.bound.kind === '<=' ? '≤' : '≥'} ${r.bound.value}× (${off.toFixed(2)}× off the target)`;
}
