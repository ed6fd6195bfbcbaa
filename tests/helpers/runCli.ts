import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { programArgs } from './programBundles';

const root = join(import.meta.dirname, '..', '..');

/** Runs `loupe <args>` as `npm run -s loupe --` does, with its own user folder. */
export function runCli(
  args: string[],
  home: string,
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...programArgs('src/cli/index.ts'), ...args], {
    cwd: root,
    env: { ...process.env, LOUPE_HOME: home },
    encoding: 'utf8',
    timeout: 110_000, // a model's training run on a loaded machine can pass a minute
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `loupe <args>` as a child process without blocking, for tests that run several at once. */
export function runCliAsync(
  args: string[],
  home: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...programArgs('src/cli/index.ts'), ...args], {
      cwd: root,
      env: { ...process.env, LOUPE_HOME: home },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
