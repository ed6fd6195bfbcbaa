import { basename, dirname, resolve } from 'node:path';
import { MANIFEST_FILE } from '../node';

/**
 * The project folder named on a command line (`loupe path/to/project`, a file manager's
 * "open with", a second instance's argv), or undefined. Flags are skipped; a project file
 * (MANIFEST_FILE) stands for its folder. `skip` is how many leading entries are the program
 * itself (1 packaged, 2 for `electron .`).
 * @example projectArgument(['/opt/Loupe/loupe', '--no-sandbox', 'news'], 1, '/home/a') === '/home/a/news'
 */
export function projectArgument(
  argv: readonly string[],
  skip: number,
  cwd: string,
): string | undefined {
  const arg = argv.slice(skip).find((a) => a.length > 0 && !a.startsWith('-'));
  if (!arg) return undefined;
  const path = resolve(
    cwd,
    arg.startsWith('file://') ? decodeURIComponent(new URL(arg).pathname) : arg,
  );
  return basename(path) === MANIFEST_FILE ? dirname(path) : path;
}
