import { describe, expect, it } from 'vitest';
import type { PageFigures } from '../../../scripts/bench/app/appPages';
import { appRows, costTable, type SizeFigures } from '../../../scripts/bench/app/appRows';
import { parseBenchOptions } from '../../../scripts/bench/benchOptions';
import { documentSizes } from '../../../scripts/bench/benchProjects';

const page = (add: number, remove: number, undo: number): PageFigures => ({
  first: 100,
  all: 100,
  ready: 150,
  heap: 2 ** 21,
  add,
  remove,
  undo,
  scrollP95: 16,
  keyWait: 0,
  longTask: 0,
});

const options = parseBenchOptions(['--quick']);
const [small] = documentSizes({ ...options, scale: 1 });

function figures(durable?: SizeFigures['durable']): SizeFigures {
  if (!small) throw new Error('no size');
  return {
    size: small,
    runs: 3,
    loupe: page(30, 24, 20),
    bare: page(12, 10, 10),
    ...(durable ? { durable } : {}),
    api: { search: 1, export: 1, agreement: 1 },
  };
}

describe("the app scenario's rows", () => {
  it('compare Loupe with the durable page where it was timed, with no target of their own', () => {
    const rows = appRows([figures({ add: 24, remove: 20, undo: 25 })], options).filter((r) =>
      r.metric.endsWith(', against the least durable page'),
    );
    expect(rows.map((r) => [r.loupe, r.baseline, r.target])).toEqual([
      [30, 24, ''],
      [24, 20, ''],
      [20, 25, ''],
    ]);
    expect(rows.map((r) => r.ratio)).toEqual([1.25, 1.2, 0.8]);
    expect(rows[0]?.note).toContain("24.0 ms against the bare page's 12.0 (2.00×)");
  });

  it('leave them out where the durable page was not timed, and out of the cost table', () => {
    const without = appRows([figures()], options);
    expect(without.some((r) => r.metric.includes('durable'))).toBe(false);
    const table = costTable(appRows([figures({ add: 24, remove: 20, undo: 25 })], options));
    expect(table).not.toContain('durable');
    expect(table).toContain('add one span (key → seen and saved) (ms)');
  });
});
