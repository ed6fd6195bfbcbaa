import { join } from 'node:path';
import { CHECKOUT } from './checkout';
import { runProcess } from './runProcess';
import type { ProcessRun } from './runProcess';

/** Runs `loupe <args>` from this checkout as `npm run -s loupe --` does. */
export interface LoupeCli {
  run(args: readonly string[]): Promise<ProcessRun>;
}

/**
 * A `loupe` runner with its own user folder (`LOUPE_HOME`), so the user's settings stay out.
 * @example await createLoupeCli('/tmp/x/home').run(['init', '/tmp/x/project'])
 */
export function createLoupeCli(home: string): LoupeCli {
  const env = { ...process.env, LOUPE_HOME: home };
  return {
    run: (args) =>
      runProcess(
        process.execPath,
        ['--import', 'tsx', join(CHECKOUT, 'src/cli/index.ts'), ...args],
        {
          cwd: CHECKOUT,
          env,
          timeoutMs: 120_000,
        },
      ),
  };
}
