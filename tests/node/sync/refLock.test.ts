import { spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STALE_REF_LOCK_MS, takeRefLock } from '../../../src/node/sync/refLock';
import { tempDir } from '../../helpers/tempProject';

/** A pid that existed on this machine and has exited (a killed sync). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid as number;
}

const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
afterAll(() => void sleeper.kill());

const HOST = 'desk-1';
const env = (now = Date.now()) => ({
  pid: process.pid,
  host: HOST,
  now: () => now,
  isAlive: (pid: number) => pid === sleeper.pid,
});

function holder(pid: number, host = HOST): string {
  return `${JSON.stringify({ pid, host, dir: '/remote', owner: 'loupe sync', startedAt: '2026-01-01T00:00:00.000Z', nonce: `n${pid}` })}\n`;
}

async function lockHolding(content: string): Promise<string> {
  const lock = join(tempDir(), 'main.lock');
  await writeFile(lock, content);
  return lock;
}

describe('takeRefLock', () => {
  it('takes a free lock and records who holds it', async () => {
    const lock = join(tempDir(), 'main.lock');
    await takeRefLock(lock, '/remote', env());
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: HOST,
    });
  });

  it('takes over at once a lock whose sync on this machine was killed', async () => {
    const lock = await lockHolding(holder(deadPid()));
    await takeRefLock(lock, '/remote', env());
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('respects a lock whose holder still runs', async () => {
    const lock = await lockHolding(holder(sleeper.pid as number));
    await expect(takeRefLock(lock, '/remote', env())).rejects.toThrow(
      /pushing to the remote right now/,
    );
    expect(await readFile(lock, 'utf8')).toBe(holder(sleeper.pid as number));
  });

  it('respects another machine’s lock and git’s own (no holder) until it is 2 minutes old', async () => {
    for (const content of [holder(deadPid(), 'desk-2'), '']) {
      const lock = await lockHolding(content);
      await expect(takeRefLock(lock, '/remote', env())).rejects.toThrow(/right now/);
      await takeRefLock(lock, '/remote', env(Date.now() + STALE_REF_LOCK_MS + 1000));
      expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    }
  });
});
