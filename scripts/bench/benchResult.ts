/** One measured figure: Loupe's median, the baseline's median measured in the same run, and their ratio. */
export interface BenchRow {
  readonly scenario: string;
  readonly size: string;
  readonly metric: string;
  readonly unit: 'ms' | 'MB' | 'MB/s' | 'KB' | 'ms/1k spans' | 'F1';
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
}

/** Builds a row, computing the ratio and whether an upper (≤) or lower (≥) bound is met. */
export function row(
  fields: Omit<BenchRow, 'ratio' | 'met'> & { bound?: { kind: '<=' | '>='; value: number } },
): BenchRow {
  const { bound, ...rest } = fields;
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
  return { ...rest, ratio, met };
}
