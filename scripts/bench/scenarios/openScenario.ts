import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { benchProject, benchUserFolder, projectSizes, sizeName } from '../benchProjects';
import type { BenchOptions } from '../benchOptions';
import { row, type BenchRow } from '../benchResult';
import { median } from '../measure';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../openProject.ts');
interface Opened {
  readonly ms: number;
  readonly rssMB: number;
  readonly heapMB: number;
}

async function openIn(mode: 'loupe' | 'raw', dir: string, userFolder: string): Promise<Opened> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, mode, dir, userFolder],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as Opened;
}

/** Scenario 3: opening a project and listing its documents with span counts, each time in a fresh process. */
export async function openScenario(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const sizes = projectSizes(options);
  const userFolder = await benchUserFolder(options);
  const rows: BenchRow[] = [];
  for (const size of [sizes.small, sizes.large]) {
    const dir = await benchProject(options, size, log);
    const loupe: Opened[] = [];
    const raw: Opened[] = [];
    await openIn('loupe', dir, userFolder);
    for (let i = 0; i < Math.min(options.runs, 3); i++) {
      loupe.push(await openIn('loupe', dir, userFolder));
      raw.push(await openIn('raw', dir, userFolder));
    }
    const base = { scenario: 'open', size: sizeName(size), target: '', runs: loupe.length };
    const note =
      'baseline: readFile + JSON.parse of every document meta and layer; texts are not read';
    rows.push(
      row({
        ...base,
        metric: 'open and list documents with counts',
        unit: 'ms',
        loupe: median(loupe.map((o) => o.ms)),
        baseline: median(raw.map((o) => o.ms)),
        note,
      }),
    );
    rows.push(
      row({
        ...base,
        metric: 'memory held after listing (heap)',
        unit: 'MB',
        loupe: median(loupe.map((o) => o.heapMB)),
        baseline: median(raw.map((o) => o.heapMB)),
      }),
    );
  }
  return rows;
}
