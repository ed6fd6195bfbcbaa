import { randomBytes } from 'node:crypto';
import { lstat, realpath, stat, unlink, utimes } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { errorCode } from '../../shared/errors';
import { publishExclusive } from './atomicWrite';
import { readProjectFile } from './readProjectFile';
import {
  describeHolder,
  lockIsStale,
  processIsAlive,
  readLockFile,
  type LockEnvironment,
  type LockHolder,
} from './lockHolder';

/** The lock file's name inside a project folder. */
export const LOCK_FILE = '.loupe.lock';

const REFRESH_MS = 60_000;
/** How often a taker looks again while another breaks a stale lock. */
const TAKE_ATTEMPTS = 12;
/** A break file older than this was left by a crash. */
const BREAK_STALE_MS = 5_000;

/** How to take a lock; everything but `owner` has a real default. */
export interface LockOptions extends Partial<LockEnvironment> {
  /** The program that writes, shown to whoever is refused. */
  readonly owner: string;
}

/** The outcome of asking for a lock: held, or refused with a notice naming the holder. */
export type LockAttempt =
  | { readonly acquired: true; readonly lock: ProjectLock }
  | { readonly acquired: false; readonly holder: LockHolder | null; readonly notice: string };

interface Held {
  readonly path: string;
  readonly holder: LockHolder;
  timer: NodeJS.Timeout | null;
  users: number;
  lost: boolean;
}

/** Locks this process holds, by the folder's device and inode: a second workbench in one process (through any path) shares the first one's lock. */
const held = new Map<string, Held>();

/**
 * One writer per project folder across programs (the app, `loupe serve`, the CLI): the holder
 * writes `.loupe.lock` (pid, host, owner, start time) by an atomic hard link, refreshes it
 * every minute, and removes it on release. A lock whose process died, or that nobody
 * refreshed for `staleAfterMs`, is taken over.
 */
export class ProjectLock {
  private released = false;

  private constructor(
    readonly dir: string,
    private readonly entry: Held,
  ) {}

  static async acquire(dir: string, options: LockOptions): Promise<LockAttempt> {
    const folder = await realpath(dir);
    const info = await stat(folder, { bigint: true });
    const folderId = `${info.dev}:${info.ino}`;
    const mine = held.get(folderId);
    if (mine && !mine.lost) {
      mine.users++;
      return { acquired: true, lock: new ProjectLock(folder, mine) };
    }
    const env = environment(options);
    const holder: LockHolder = {
      pid: env.pid,
      host: env.host,
      dir: folder,
      folderId,
      owner: options.owner,
      startedAt: new Date(env.now()).toISOString(),
      nonce: randomBytes(8).toString('hex'),
    };
    const path = join(folder, LOCK_FILE);
    for (let attempt = 0; attempt < TAKE_ATTEMPTS; attempt++) {
      let published: boolean;
      try {
        published = await publishExclusive(path, JSON.stringify(holder, null, 2) + '\n');
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return notWritable(code);
        throw error;
      }
      if (published) {
        const entry: Held = { path, holder, timer: null, users: 1, lost: false };
        entry.timer = setInterval(
          () => void refresh(entry),
          Math.min(REFRESH_MS, env.staleAfterMs / 3),
        );
        entry.timer.unref();
        held.set(folderId, entry);
        return { acquired: true, lock: new ProjectLock(folder, entry) };
      }
      const found = await readLockFile(path);
      if (!found) continue;
      if (!lockIsStale(found, folder, env, folderId)) return refused(found.holder);
      if ((await breakStaleLock(path, found.holder?.nonce ?? null, env)) === 'busy')
        await delay(10 * (attempt + 1));
    }
    return refused((await readLockFile(path))?.holder ?? null);
  }

  /** The record in the lock file. */
  get holder(): LockHolder {
    return this.entry.holder;
  }

  /** True when another program took the lock over (this one was thought stale): stop writing. */
  get lost(): boolean {
    return this.entry.lost;
  }

  /** Gives the lock up (once); the file goes when the last user in this process releases it. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.entry.users--;
    if (this.entry.users > 0) return;
    if (this.entry.timer) clearInterval(this.entry.timer);
    const key = this.entry.holder.folderId ?? this.dir;
    if (held.get(key) === this.entry) held.delete(key);
    if (this.entry.lost) return;
    const found = await readLockFile(this.entry.path).catch(() => null);
    if (found?.holder?.nonce === this.entry.holder.nonce)
      await unlink(this.entry.path).catch(() => undefined);
  }
}

function environment(options: LockOptions): LockEnvironment {
  return {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    now: options.now ?? Date.now,
    isAlive: options.isAlive ?? processIsAlive,
    staleAfterMs: options.staleAfterMs ?? 10 * 60_000,
  };
}

/** The folder cannot take a lock file: the project opens read-only, saying why. */
function notWritable(code: 'EACCES' | 'EPERM' | 'EROFS'): LockAttempt {
  const why =
    code === 'EROFS'
      ? 'it is on a disk mounted read-only'
      : 'you have no permission to create files in its folder';
  return {
    acquired: false,
    holder: null,
    notice: `Read-only: Loupe cannot write in this project folder (${why}). Ask for write access, or copy the project to a folder of yours, to edit it.`,
  };
}

function refused(holder: LockHolder | null): LockAttempt {
  return {
    acquired: false,
    holder,
    notice: `Read-only: this project is open for writing in ${describeHolder(holder)}. Close it there to edit here.`,
  };
}

/**
 * Removes a stale lock, unless another program replaced it meanwhile: only the holder of the
 * `<lock>.break` file may remove a lock, and it checks the nonce again while it holds it, so
 * two takers can never both clear the way (one would delete the other's fresh lock).
 * Returns `busy` when another taker is breaking it now; a break file left by a crash is
 * removed after {@link BREAK_STALE_MS}.
 */
async function breakStaleLock(
  path: string,
  staleNonce: string | null,
  env: LockEnvironment,
): Promise<'cleared' | 'busy'> {
  const breaker = `${path}.break`;
  if (!(await publishExclusive(breaker, `${env.pid}\n${env.host}\n`))) {
    const text = await readBreakFile(breaker); // throws, naming it, when it is no plain file
    const info = await lstat(breaker).catch(() => null);
    if (
      text !== null &&
      info?.isFile() &&
      (Date.now() - info.mtimeMs > BREAK_STALE_MS || breakerIsDead(text, env))
    )
      await unlink(breaker).catch(() => undefined);
    return 'busy';
  }
  try {
    const again = await readLockFile(path);
    if (again && (again.holder?.nonce ?? null) === staleNonce)
      await unlink(path).catch(() => undefined);
    return 'cleared';
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

/**
 * True when the break file was left by a program on this machine that no longer runs (killed
 * while breaking a stale lock), so it need not hold everyone off for {@link BREAK_STALE_MS}.
 */
function breakerIsDead(text: string, env: LockEnvironment): boolean {
  const [pidText = '', host = ''] = text.split('\n');
  const pid = Number(pidText);
  return Number.isSafeInteger(pid) && pid > 0 && host === env.host && !env.isAlive(pid);
}

/** Touches the lock so others see it alive; notices when another program took it over. */
async function refresh(entry: Held): Promise<void> {
  if (entry.lost) return;
  const found = await readLockFile(entry.path).catch(() => null);
  if (found?.holder?.nonce !== entry.holder.nonce) {
    entry.lost = true;
    return;
  }
  const now = new Date();
  await utimes(entry.path, now, now).catch(() => undefined);
}

/**
 * A break file's text, read bounded and without waiting (null when it is gone). One that is no
 * plain file (a folder, a FIFO, a link, a device) or larger than any break file is refused
 * with its name and what to do: read as empty, it would hold every writer off unnamed.
 */
async function readBreakFile(path: string): Promise<string | null> {
  const bytes = await readProjectFile(path, {
    dir: dirname(path),
    label: basename(path),
    maxBytes: 4096,
  });
  return bytes?.toString('utf8') ?? null;
}
