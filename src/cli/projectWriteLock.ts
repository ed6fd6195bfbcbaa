import { resolve } from 'node:path';
import { ProjectLock } from '../node';
import { CliError } from './cliError';

/** What a command writes: only new files (safe beside another writer), or files others may hold. */
export type WriteKind = 'new-files-only' | 'existing-files';

/**
 * Runs a writing command under the project's lock. When another program holds it, a command
 * that only adds new files (documents are content-addressed, never overwritten) still runs;
 * one that rewrites existing files fails with the holder's notice and changes nothing.
 */
export async function withProjectWriteLock<T>(
  dir: string,
  owner: string,
  kind: WriteKind,
  run: () => Promise<T>,
): Promise<T> {
  const attempt = await ProjectLock.acquire(resolve(dir), { owner });
  if (!attempt.acquired && kind === 'existing-files') throw new CliError(attempt.notice);
  try {
    return await run();
  } finally {
    if (attempt.acquired) await attempt.lock.release();
  }
}
