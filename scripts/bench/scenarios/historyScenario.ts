import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentHistory } from '../../../src/node/sync/documentHistory';
import type { ProjectFolder } from '../../../src/node';
import { dataFolder } from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { historyRepo } from '../historyRepo';
import { median, timeOnce } from '../measure';

/** Scenario: a document's history (Project › Sync › History) over 50 and 500 commits; time per commit should stay flat. */
export async function historyScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const sizes = options.scale >= 1000 ? [5, 50] : [50, 500];
  const perCommit: number[] = [];
  const totals: number[] = [];
  for (const commits of sizes) {
    const dir = join(dataFolder(options), `history-${commits}`);
    if (!existsSync(join(dir, '.git'))) await historyRepo(dir, commits, 400);
    // documentHistory reads only the folder's path.
    const folder = { dir } as ProjectFolder;
    await documentHistory(folder, 'd00');
    const times: number[] = [];
    for (let i = 0; i < Math.min(options.runs, 3); i++)
      times.push(await timeOnce(() => documentHistory(folder, 'd00')));
    totals.push(median(times));
    perCommit.push(median(times) / commits);
    log(`history ${commits} commits: ${median(times).toFixed(0)} ms`);
  }
  const [small, large] = perCommit as [number, number];
  const base = {
    scenario: 'history',
    unit: 'ms' as const,
    baseline: null,
    target: '',
    runs: options.runs,
  };
  return [
    row({
      ...base,
      size: `${sizes[0]} commits`,
      metric: 'document history (total)',
      loupe: totals[0] ?? null,
    }),
    row({
      ...base,
      size: `${sizes[1]} commits`,
      metric: 'document history (total)',
      loupe: totals[1] ?? null,
    }),
    row({
      scenario: 'history',
      size: `${sizes[1]} vs ${sizes[0]} commits`,
      metric: 'time per commit, long vs short history (linear = 1.0)',
      unit: 'ms/commit',
      loupe: large,
      baseline: small,
      target: '≤ 1.5×',
      bound: { kind: '<=', value: 1.5 },
      runs: options.runs,
      note: 'baseline: the same measure on a ×10 shorter history; 400 documents, 3 annotators, a merge every 10 commits',
    }),
  ];
}
