import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { processIsAlive, readLockFile, type LockHolder } from '../store';
import { syncError } from './syncError';

/** A ref lock not known to be dead is taken over only after this long (another host, git's own lock). */
export const STALE_REF_LOCK_MS = 2 * 60 * 1000;

/** Who this sync is and how to tell whether a holder still runs; injectable for tests. */
export interface RefLockEnvironment {
  readonly pid: number;
  readonly host: string;
  now(): number;
  isAlive(pid: number): boolean;
}

/** This process on this machine. */
export const THIS_PROCESS: RefLockEnvironment = {
  pid: process.pid,
  host: hostname(),
  now: Date.now,
  isAlive: processIsAlive,
};

/**
 * Why a lock found on the remote may be taken over: its holder ran on this machine and is gone
 * (a killed sync), or nobody touched it for {@link STALE_REF_LOCK_MS} (another machine, a lock
 * left by git itself, which names no holder). Null when it must be respected.
 */
function deadHolder(
  holder: LockHolder | null,
  refreshedAt: number,
  env: RefLockEnvironment,
): string | null {
  if (env.now() - refreshedAt > STALE_REF_LOCK_MS) return 'untouched for 2 minutes';
  if (!holder || holder.host !== env.host) return null;
  return env.isAlive(holder.pid) ? null : `its sync (pid ${holder.pid}) no longer runs`;
}

/**
 * Takes git's `<ref>.lock` on a remote exclusively, writing who holds it (pid, host, nonce) until
 * the new tip replaces that record. A lock whose holder is dead is taken over at once: it is
 * renamed aside (atomic, so two takers cannot both remove it) and, if what was moved turns out
 * to be another taker's fresh lock, linked back.
 */
export async function takeRefLock(
  lock: string,
  remote: string,
  env: RefLockEnvironment = THIS_PROCESS,
): Promise<void> {
  const holder: LockHolder = {
    pid: env.pid,
    host: env.host,
    dir: remote,
    owner: 'loupe sync',
    startedAt: new Date(env.now()).toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createExclusive(lock, `${JSON.stringify(holder)}\n`)) return;
    const found = await readLockFile(lock);
    if (!found) continue;
    if (!deadHolder(found.holder, found.refreshedAt, env))
      throw syncError(
        'rejected',
        'a teammate is pushing to the remote right now; sync again in a moment',
      );
    await moveAside(lock, found.holder?.nonce ?? null, holder.nonce);
  }
  throw syncError('rejected', 'another sync is taking the remote over right now; sync again');
}

async function createExclusive(path: string, content: string): Promise<boolean> {
  let file;
  try {
    file = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await file.write(content);
    await file.sync();
  } finally {
    await file.close();
  }
  return true;
}

/** Removes the dead lock with `deadNonce`; puts back a lock that is not that one. */
async function moveAside(lock: string, deadNonce: string | null, mine: string): Promise<void> {
  const aside = `${lock}.dead-${mine}`;
  try {
    await rename(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readLockFile(aside);
  if ((moved?.holder?.nonce ?? null) !== deadNonce) await link(aside, lock).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
