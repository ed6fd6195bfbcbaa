import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Runs `loupe <args>` as `npm run -s loupe --` does, with its own user folder. */
export function runCli(
  args: string[],
  home: string,
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/index.ts'), ...args],
    {
      cwd: root,
      env: { ...process.env, LOUPE_HOME: home },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
