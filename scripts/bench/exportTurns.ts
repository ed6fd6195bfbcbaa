// What the export tools share (exportProfile.ts, projectExportAgainst.ts): one export of this
// checkout's code or another's, timed, and the two taking turns so both see the same load.
import { resolve } from 'node:path';
import * as here from '../../src/node';
import type { ExportFormat } from '../../src/shared/contract/interchange';
import { releaseFiles } from '../../src/shared/formats';
import { threadCpu } from './measure';

export type Loupe = typeof here;

/** CPU milliseconds (all threads, and the main thread's) and wall milliseconds of building and writing an export. */
export interface Timing {
  readonly cpu: number;
  readonly main: number;
  readonly wall: number;
}

/** The value after `--name` on the command line. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Another checkout's Loupe (its src/node), or undefined when there is none to compare. */
export async function otherLoupe(against: string | undefined): Promise<Loupe | undefined> {
  return against ? ((await import(resolve(against, 'src/node/index.ts'))) as Loupe) : undefined;
}

/** CPU milliseconds (all threads) and wall milliseconds of building and writing one export. */
export async function exportOnce(
  loupe: Loupe,
  store: here.ProjectFolder,
  format: ExportFormat,
  out: string,
): Promise<Timing> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const main = threadCpu();
  const exported = await loupe.exportProject(store, {
    format,
    annotator: 'amira',
    overlaps: 'longest',
  });
  await loupe.writeExportFiles(out, exported.result.files);
  // The write counts too: a writer may make its bytes while they are written (spans JSONL's pieces).
  const used = process.cpuUsage(cpu);
  const mainUsed = threadCpu() - main;
  releaseFiles(exported.result.files); // as the app's export does (a no-op for files without release)
  return {
    cpu: (used.user + used.system) / 1000,
    main: mainUsed,
    wall: performance.now() - start,
  };
}

/** Both sides of a comparison: this checkout's code and store, and optionally another's. */
export interface Sides {
  readonly store: here.ProjectFolder;
  readonly other?: Loupe;
  readonly otherStore?: here.ProjectFolder;
  readonly out: string;
}

/**
 * One round of `format`: this checkout and the other one export in turn, which one goes first
 * alternating by `round` so neither always inherits the other's garbage. Round 0 is a warm-up
 * and adds nothing to `mine` and `theirs`.
 */
export async function exportTurns(
  sides: Sides,
  format: ExportFormat,
  round: number,
  mine: Timing[],
  theirs: Timing[],
): Promise<void> {
  const order = round % 2 === 0 ? (['here', 'other'] as const) : (['other', 'here'] as const);
  for (const side of order) {
    if (side === 'here') {
      const a = await exportOnce(here, sides.store, format, resolve(sides.out, `here-${format}`));
      if (round > 0) mine.push(a);
    } else if (sides.other && sides.otherStore) {
      const b = await exportOnce(
        sides.other,
        sides.otherStore,
        format,
        resolve(sides.out, `other-${format}`),
      );
      if (round > 0) theirs.push(b);
    }
  }
}
