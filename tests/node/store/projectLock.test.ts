import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, ProjectLock, type LockAttempt } from '../../../src/node/store/projectLock';
import { tempDir } from '../../helpers/tempProject';

const OTHER = { pid: 4242, host: 'this-host', isAlive: () => true } as const;

function lockOf(attempt: LockAttempt): ProjectLock {
  if (!attempt.acquired) throw new Error(`not acquired: ${attempt.notice}`);
  return attempt.lock;
}

/** A lock file as another program on this host would leave it. */
async function foreignLock(
  dir: string,
  fields: Partial<{ pid: number; host: string; dir: string; owner: string }> = {},
): Promise<void> {
  const holder = {
    pid: 4242,
    host: 'this-host',
    dir,
    owner: 'loupe serve',
    startedAt: '2026-01-10T09:00:00.000Z',
    nonce: 'abc',
    ...fields,
  };
  await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder));
}

/** What may stand where a lock or break file should be, planted at `path`. */
const NOT_A_FILE: Record<string, (path: string) => Promise<unknown>> = {
  'a FIFO': async (path) => execFileSync('mkfifo', [path]),
  'a folder': (path) => mkdir(path),
  'a symbolic link': (path) => symlink('/dev/zero', path),
};

describe('ProjectLock', () => {
  it('writes .loupe.lock with pid, host, owner and start time, and removes it on release', async () => {
    const dir = tempDir();
    const lock = lockOf(await ProjectLock.acquire(dir, { owner: 'the Loupe app' }));
    const stored = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(stored).toMatchObject({ pid: process.pid, owner: 'the Loupe app', dir });
    expect(Date.parse(stored.startedAt)).not.toBeNaN();
    await lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second writer while another live process holds the lock, naming it', async () => {
    const dir = tempDir();
    await foreignLock(dir);
    const attempt = await ProjectLock.acquire(dir, { owner: 'loupe import', ...OTHER, pid: 1 });
    expect(attempt.acquired).toBe(false);
    if (attempt.acquired) return;
    expect(attempt.notice).toMatch(/^Read-only: .*loupe serve \(pid 4242 on this-host/);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('abc');
  });

  it('takes over a lock whose process died (a crash)', async () => {
    const dir = tempDir();
    await foreignLock(dir);
    const lock = lockOf(
      await ProjectLock.acquire(dir, {
        owner: 'the Loupe app',
        host: 'this-host',
        pid: 1,
        isAlive: (pid) => pid !== 4242,
      }),
    );
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: 1,
      owner: 'the Loupe app',
    });
    await lock.release();
  });

  it("takes over a dead holder's lock even when a taker was killed while breaking it (its break file left behind)", async () => {
    const dir = tempDir();
    await foreignLock(dir);
    await writeFile(join(dir, `${LOCK_FILE}.break`), '4343\nthis-host\n'); // fresh, its writer dead
    const lock = lockOf(
      await ProjectLock.acquire(dir, {
        owner: 'the Loupe app',
        host: 'this-host',
        pid: 1,
        isAlive: (pid) => pid === 1,
      }),
    );
    expect(existsSync(join(dir, `${LOCK_FILE}.break`))).toBe(false);
    await lock.release();
  });

  it("waits for a live taker's fresh break file rather than removing it", async () => {
    const dir = tempDir();
    await foreignLock(dir);
    await writeFile(join(dir, `${LOCK_FILE}.break`), '4343\nthis-host\n');
    const attempt = await ProjectLock.acquire(dir, {
      owner: 'the Loupe app',
      host: 'this-host',
      pid: 1,
      isAlive: (pid) => pid !== 4242,
    });
    expect(attempt.acquired).toBe(false);
    expect(existsSync(join(dir, `${LOCK_FILE}.break`))).toBe(true);
  });

  it('takes over a lock nobody refreshed for too long, even from another host', async () => {
    const dir = tempDir();
    await foreignLock(dir, { host: 'laptop-b' }); // a shared folder, mounted at the same path
    const refused = await ProjectLock.acquire(dir, {
      owner: 'app',
      ...OTHER,
      pid: 1,
      staleAfterMs: 60_000,
    });
    expect(refused.acquired).toBe(false);
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    lockOf(
      await ProjectLock.acquire(dir, { owner: 'app', ...OTHER, pid: 1, staleAfterMs: 60_000 }),
    );
  });

  it('ignores a lock copied along with a project folder from elsewhere', async () => {
    const dir = tempDir();
    await foreignLock(dir, { dir: '/somewhere/else/project' });
    lockOf(await ProjectLock.acquire(dir, { owner: 'app', ...OTHER, pid: 1 }));
  });

  it('treats an unreadable lock as held until it is old, then as stale', async () => {
    const dir = tempDir();
    await writeFile(join(dir, LOCK_FILE), '{"pid": 12');
    expect((await ProjectLock.acquire(dir, { owner: 'app', ...OTHER, pid: 1 })).acquired).toBe(
      false,
    );
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    lockOf(await ProjectLock.acquire(dir, { owner: 'app', ...OTHER, pid: 1 }));
  });

  it('is shared inside one process and released by its last user', async () => {
    const dir = tempDir();
    const first = lockOf(await ProjectLock.acquire(dir, { owner: 'app' }));
    const second = lockOf(await ProjectLock.acquire(dir, { owner: 'app' }));
    await first.release();
    await first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await second.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('lets exactly one of many simultaneous takers win a stale lock', async () => {
    const dir = tempDir();
    await foreignLock(dir);
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ProjectLock.acquire(dir, {
          owner: `taker ${i}`,
          host: 'this-host',
          pid: 100 + i,
          isAlive: (pid) => pid !== 4242,
        }),
      ),
    );
    expect(attempts.filter((a) => a.acquired)).toHaveLength(1);
  });

  it('refuses a lock file that is a FIFO, a folder or a link to /dev/zero at once, naming it', async () => {
    for (const [kind, plant] of Object.entries(NOT_A_FILE)) {
      const dir = tempDir();
      await plant(join(dir, LOCK_FILE));
      const started = Date.now();
      await expect(ProjectLock.acquire(dir, { owner: 'loupe import' }), kind).rejects.toThrow(
        new RegExp(
          `^\\.loupe\\.lock: is ${kind === 'a symbolic link' ? kind : `not a regular file \\(${kind}\\)`}`,
        ),
      );
      expect(Date.now() - started, kind).toBeLessThan(5_000);
    }
  });

  it('refuses a break file that is a FIFO, a folder or a link at once, naming it, and leaves it', async () => {
    for (const [kind, plant] of Object.entries(NOT_A_FILE)) {
      const dir = tempDir();
      await foreignLock(dir);
      const breaker = join(dir, `${LOCK_FILE}.break`);
      await plant(breaker);
      const old = new Date(Date.now() - 3_600_000);
      await utimes(join(dir, LOCK_FILE), old, old);
      const started = Date.now();
      const taking = ProjectLock.acquire(dir, {
        owner: 'loupe import',
        host: 'this-host',
        pid: 1,
        isAlive: (pid) => pid === 1,
      });
      await expect(taking, kind).rejects.toThrow(
        new RegExp(
          `^\\.loupe\\.lock\\.break: is ${kind === 'a symbolic link' ? kind : `not a regular file \\(${kind}\\)`}`,
        ),
      );
      expect(Date.now() - started, kind).toBeLessThan(5_000);
      expect(existsSync(breaker) || kind === 'a symbolic link', kind).toBe(true);
    }
  });
});
