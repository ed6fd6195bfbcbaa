import { lstat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { readProjectFile } from './readProjectFile';
import { errorCode } from '../../shared/errors';

/** A lock record is a few hundred bytes; anything much larger is not one. */
const MAX_LOCK_BYTES = 64 * 1024;

/** Who holds a project lock: what `.loupe.lock` records. */
export const lockHolderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  /** The folder locked, as its holder named it: a lock copied along with a project (cp -r) names another folder. */
  dir: z.string(),
  /** The folder's device and inode (`dev:ino`): the same folder under any path (a link, a bind mount). */
  folderId: z.string().optional(),
  /** The program that writes, e.g. "the Loupe app", "loupe serve", "loupe import". */
  owner: z.string(),
  startedAt: z.string(),
  /** Tells one holder from another when a pid is reused. */
  nonce: z.string(),
});
export type LockHolder = z.infer<typeof lockHolderSchema>;

/** A lock file as found on disk: its holder (null when unreadable) and when it was last refreshed. */
export interface LockFileState {
  readonly holder: LockHolder | null;
  readonly refreshedAt: number;
}

/** What decides whether a lock is stale; injectable so tests need no real dead processes or clocks. */
export interface LockEnvironment {
  readonly pid: number;
  readonly host: string;
  now(): number;
  isAlive(pid: number): boolean;
  /** A lock not refreshed for this long is stale whoever holds it (a hung process, a reused pid, another host). */
  readonly staleAfterMs: number;
}

/** True when a process with this pid exists on this machine (EPERM: it exists but is not ours). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Reads a lock file; null when there is none. A lock file that is a link, a FIFO, a device, a
 * folder or far too large is refused with a StoreError naming it (never followed, waited on or
 * read whole): a copied or hostile project folder may hold anything under that name.
 */
export async function readLockFile(path: string): Promise<LockFileState | null> {
  let raw: string;
  let refreshedAt: number;
  try {
    const bytes = await readProjectFile(path, {
      dir: dirname(path),
      label: basename(path),
      maxBytes: MAX_LOCK_BYTES,
    });
    if (bytes === null) return null;
    raw = bytes.toString('utf8');
    refreshedAt = (await lstat(path)).mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    json = null;
  }
  const parsed = lockHolderSchema.safeParse(json);
  return { holder: parsed.success ? parsed.data : null, refreshedAt };
}

/**
 * A lock left behind: its process is gone (same host), it names another folder (copied or
 * committed along with the project), nobody refreshed it for `staleAfterMs`, or it cannot be
 * read and is older than a write takes.
 */
export function lockIsStale(
  state: LockFileState,
  dir: string,
  env: LockEnvironment,
  folderId?: string,
): boolean {
  const age = env.now() - state.refreshedAt;
  if (!state.holder) return age > 5_000;
  if (age > env.staleAfterMs) return true;
  const sameFolder =
    state.holder.folderId !== undefined && folderId !== undefined
      ? state.holder.folderId === folderId
      : state.holder.dir === dir;
  if (!sameFolder) return true;
  if (state.holder.host !== env.host) return false;
  // Locks this process holds are shared before the file is read: one naming our pid is left over.
  if (state.holder.pid === env.pid) return true;
  return !env.isAlive(state.holder.pid);
}

/** One line for a person: who holds the project and since when. */
export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'another program (its lock file is unreadable)';
  return `${holder.owner} (pid ${holder.pid} on ${holder.host}, since ${holder.startedAt})`;
}
