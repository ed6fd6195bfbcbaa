import type { BenchRow } from './benchResult';

function figure(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function verdict(r: BenchRow): string {
  if (r.met === null) return '';
  return r.met ? 'met' : 'MISSED';
}

/** The rows as a Markdown table (readable in a terminal and in docs/bench.md). */
export function formatTable(rows: readonly BenchRow[]): string {
  const head = [
    'scenario',
    'size',
    'metric',
    'unit',
    'Loupe',
    'baseline',
    'ratio',
    'target',
    '',
    'reference',
  ];
  const body = rows.map((r) => [
    r.scenario,
    r.size,
    r.metric,
    r.unit,
    figure(r.loupe),
    figure(r.baseline),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    verdict(r),
    r.reference === undefined ? '' : figure(r.reference),
  ]);
  const lines = [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
