import { join } from 'node:path';
import { bundleEntry } from '../../tests/helpers/bundleEntry';
import { CHECKOUT } from './checkout';
import { runProcess } from './runProcess';
import type { ProcessRun } from './runProcess';

/** Runs `loupe <args>` from this checkout as `npm run -s loupe --` does. */
export interface LoupeCli {
  run(args: readonly string[]): Promise<ProcessRun>;
}

/**
 * The CLI bundled once with esbuild (the compiler tsx runs on every start), so each of the
 * run's `loupe` calls starts without compiling the sources again; Node's arguments to run it.
 */
export async function bundledCli(): Promise<string[]> {
  const outfile = join(CHECKOUT, 'node_modules', '.cache', 'loupe-interop-cli', 'loupe.mjs');
  await bundleEntry(join(CHECKOUT, 'src/cli/index.ts'), outfile);
  return [outfile];
}

/**
 * A `loupe` runner with its own user folder (`LOUPE_HOME`), so the user's settings stay out;
 * `program` is Node's arguments that start the CLI (source through tsx unless given).
 * @example await createLoupeCli('/tmp/x/home').run(['init', '/tmp/x/project'])
 */
export function createLoupeCli(
  home: string,
  program: readonly string[] = ['--import', 'tsx', join(CHECKOUT, 'src/cli/index.ts')],
): LoupeCli {
  const env = { ...process.env, LOUPE_HOME: home };
  return {
    run: (args) =>
      runProcess(process.execPath, [...program, ...args], {
        cwd: CHECKOUT,
        env,
        timeoutMs: 120_000,
      }),
  };
}

/**
 * Runs `loupe` calls in order (init, import, export …) until one fails; null when all
 * succeeded, else what failed, as `loupe <command>: <its error>`.
 */
export async function runSteps(
  loupe: LoupeCli,
  steps: readonly (readonly string[])[],
): Promise<string | null> {
  for (const args of steps) {
    const run = await loupe.run(args);
    if (run.code !== 0) return `loupe ${args[0] ?? ''}: ${run.stderr.trim()}`;
  }
  return null;
}
