import { chmod, readdir, unlink, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { errnoError, installFsTrap, isWrite } from './fsTrap';

/** Whether `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const p = resolve(path);
  const f = resolve(folder);
  return p === f || p.startsWith(f + sep);
}

async function chmodTree(dir: string, folderMode: number, fileMode: number): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(path, folderMode, fileMode);
    else await chmod(path, fileMode);
  }
  await chmod(dir, folderMode);
}

async function permissionsStopWrites(dir: string): Promise<boolean> {
  const probe = join(dir, '.loupe-write-probe');
  try {
    await writeFile(probe, '');
  } catch {
    return true;
  }
  await unlink(probe);
  return false;
}

/** How a folder was made read-only: real permissions, or (as root, where chmod stops nothing) a simulated errno. */
export type ReadOnlyMode = 'chmod' | 'chmod + simulated EACCES' | 'simulated EROFS';

/**
 * Makes `dir` read-only: chmod a-w on the whole tree, and when that does not stop writes
 * (root in CI) every write call under `dir` also fails with EACCES through the fs trap.
 * With `code` 'EROFS' it simulates a read-only file system instead. Returns the undo.
 */
export async function makeReadOnly(
  dir: string,
  code: 'EACCES' | 'EROFS' = 'EACCES',
): Promise<{ mode: ReadOnlyMode; restore: () => Promise<void> }> {
  const trap = (): (() => void) =>
    installFsTrap((call) => {
      if (
        isWrite(call) &&
        (isInside(call.path, dir) || (call.to !== undefined && isInside(call.to, dir)))
      )
        throw errnoError(code, call.op, call.path);
    });
  if (code === 'EROFS') {
    const remove = trap();
    return { mode: 'simulated EROFS', restore: async () => remove() };
  }
  await chmodTree(dir, 0o555, 0o444);
  const remove = (await permissionsStopWrites(dir)) ? null : trap();
  return {
    mode: remove ? 'chmod + simulated EACCES' : 'chmod',
    restore: async () => {
      remove?.();
      await chmodTree(dir, 0o755, 0o644);
    },
  };
}
