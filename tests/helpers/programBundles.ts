import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The variable that names the folder of this test run's bundled programs (set by the run's set-up). */
export const BUNDLES_VARIABLE = 'LOUPE_TEST_BUNDLES';

/** The programs tests start as child processes, relative to the checkout. */
export const BUNDLED_PROGRAMS = [
  'src/cli/index.ts',
  'tests/faults/support/journalChild.ts',
  'tests/faults/support/serveWorker.ts',
] as const;

/** Where a program's bundle lies in the folder of bundles. */
export function bundlePath(folder: string, program: string): string {
  return join(folder, `${program.replaceAll(/[\\/]/g, '__')}.mjs`);
}

/**
 * Node's arguments to run a program of the checkout (`src/cli/index.ts`): its bundle when
 * the test run built one, else the source through tsx (scripts run outside vitest).
 * @example spawn(process.execPath, [...programArgs('src/cli/index.ts'), 'stats', dir])
 */
export function programArgs(program: (typeof BUNDLED_PROGRAMS)[number]): string[] {
  const folder = process.env[BUNDLES_VARIABLE];
  const bundle = folder ? bundlePath(folder, program) : undefined;
  return bundle && existsSync(bundle) ? [bundle] : ['--import', 'tsx', join(ROOT, program)];
}
