import type { BenchOptions } from '../benchOptions';
import type { DocumentSize } from '../benchProjects';
import { row, type BenchRow } from '../benchResult';
import type { PageFigures } from './appPages';

/** Medians of one document size: Loupe's page, the bare page, and Loupe's API calls. */
export interface SizeFigures {
  readonly size: DocumentSize;
  readonly runs: number;
  readonly loupe: PageFigures;
  readonly bare: PageFigures;
  /**
   * The bare page that also saves each edit to disk (`durablePage`), on the small documents:
   * how fast "seen and saved" can be at all in this browser on this machine.
   */
  readonly durable?: Pick<PageFigures, 'add' | 'remove' | 'undo'>;
  readonly api: { readonly search: number; readonly export: number; readonly agreement: number };
}

interface Measure {
  readonly key: keyof PageFigures;
  readonly metric: string;
  readonly unit: BenchRow['unit'];
  /** The target ratio to bare ProseMirror, or null where the figure is only reported. */
  readonly target: (size: DocumentSize) => number | null;
  readonly scale?: number;
}

const MEASURES: readonly Measure[] = [
  {
    key: 'first',
    metric: 'open → first highlights painted on screen',
    unit: 'ms',
    target: (s) => (s.spans === 2_200 ? 1.2 : null),
  },
  { key: 'all', metric: 'open → all highlights drawn', unit: 'ms', target: () => 1.0 },
  {
    key: 'ready',
    metric: 'open → ready for edits (app mounted, keys handled)',
    unit: 'ms',
    target: () => null,
  },
  {
    key: 'add',
    metric: 'add one span (key → seen and saved)',
    unit: 'ms',
    target: () => 1.5,
  },
  {
    key: 'remove',
    metric: 'delete one span (key → seen and saved)',
    unit: 'ms',
    target: () => 1.5,
  },
  { key: 'undo', metric: 'undo the delete (key → seen and saved)', unit: 'ms', target: () => 1.5 },
  {
    key: 'heap',
    metric: 'JS heap after GC, document open',
    unit: 'MB',
    target: () => 1.5,
    scale: 2 ** -20,
  },
  { key: 'scrollP95', metric: 'scroll top → bottom, p95 frame', unit: 'ms', target: () => 2.0 },
  {
    key: 'keyWait',
    metric: 'key pressed while highlights are drawn → handled (longest wait)',
    unit: 'ms',
    target: () => null,
  },
  {
    key: 'longTask',
    metric: 'longest task while highlights are drawn (what a key could wait)',
    unit: 'ms',
    target: () => null,
  },
];

/** How a row comparing Loupe with the durable page (not the bare one) ends its metric. */
const AGAINST_DURABLE = ', against the least durable page';

/** Rows of the app scenario: Loupe against bare ProseMirror per size, and Loupe's API calls. */
export function appRows(figures: readonly SizeFigures[], options: BenchOptions): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const f of figures) {
    for (const m of MEASURES) {
      const target = m.target(f.size);
      const scale = m.scale ?? 1;
      rows.push(
        row({
          scenario: 'app',
          size: f.size.name,
          metric: m.metric,
          unit: m.unit,
          loupe: f.loupe[m.key] * scale,
          baseline: f.bare[m.key] * scale,
          target: target === null ? '' : `≤ ${target.toFixed(1)}×`,
          ...(target === null ? {} : { bound: { kind: '<=', value: target } as const }),
          runs: f.runs,
          note: 'baseline: bare ProseMirror + one DecorationSet of the same spans, same run, rounds interleaved; every open in a fresh browser context (a first visit for both pages: no HTTP cache, no V8 code cache)',
        }),
      );
    }
    const durable = f.durable;
    if (durable)
      for (const [key, what] of [
        ['add', 'add one span'],
        ['remove', 'delete one span'],
        ['undo', 'undo the delete'],
      ] as const)
        rows.push(
          row({
            scenario: 'app',
            size: f.size.name,
            metric: `${what} (key → seen and saved)${AGAINST_DURABLE}`,
            unit: 'ms',
            loupe: f.loupe[key],
            baseline: durable[key],
            target: '',
            runs: f.runs,
            note: `baseline: the bare page that also sends each edit over Loupe's edit socket to a server that appends it to a file, fdatasyncs and answers (scripts/bench/app/durablePage), same run; it took ${durable[key].toFixed(1)} ms against the bare page's ${f.bare[key].toFixed(1)} (${(durable[key] / f.bare[key]).toFixed(2)}×): no page that says "Saved" only once the edit is on disk does better here`,
          }),
        );
    for (const [key, metric] of [
      ['search', 'search the document ("minister", all hits)'],
      ['export', 'export spans JSONL of the layer'],
      ['agreement', 'agreement of two annotators (exact)'],
    ] as const)
      rows.push(
        row({
          scenario: 'app',
          size: f.size.name,
          metric: `${metric}, through the app's API`,
          unit: 'ms',
          loupe: f.api[key],
          baseline: null,
          target: '',
          runs: f.runs,
        }),
      );
  }
  void options;
  return rows;
}

/**
 * Cost against size: Loupe's figure per size, and how much it grew from the size before
 * divided by how much the size grew (1.0 = linear, below = sublinear).
 */
export function costTable(all: readonly BenchRow[]): string {
  // Rows against the durable page repeat Loupe's figures of the rows against the bare page.
  const rows = all.filter((r) => !r.metric.endsWith(AGAINST_DURABLE));
  const sizes = [...new Set(rows.map((r) => r.size))];
  const metrics = [...new Set(rows.map((r) => `${r.scenario}: ${r.metric} (${r.unit})`))];
  const bytes = sizes.map((s) => sizeBytes(s));
  const head = [
    'metric',
    ...sizes,
    ...sizes.slice(1).map((s, i) => `growth ÷ size growth ${sizes[i]} → ${s}`),
  ];
  const body = metrics.map((metric) => {
    const values = sizes.map(
      (size) =>
        rows.find((r) => `${r.scenario}: ${r.metric} (${r.unit})` === metric && r.size === size)
          ?.loupe ?? null,
    );
    const growth = values.slice(1).map((v, i) => {
      const before = values[i];
      const b0 = bytes[i];
      const b1 = bytes[i + 1];
      if (v === null || before === null || before === undefined || !b0 || !b1 || before <= 0)
        return '—';
      return `${(v / before / (b1 / b0)).toFixed(2)}`;
    });
    return [
      metric,
      ...values.map((v) => (v === null ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(2))),
      ...growth,
    ];
  });
  return [head, head.map(() => '---'), ...body]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

function sizeBytes(name: string): number | null {
  const match = /^(\d+) (KB|MB)/.exec(name);
  if (!match) return null;
  return Number(match[1]) * (match[2] === 'MB' ? 1024 : 1);
}
