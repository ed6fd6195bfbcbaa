import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withProjectWriteLock } from '../../src/cli/projectWriteLock';
import { plainTextsOnly } from '../../src/cli/plainTextsOnly';
import { LOCK_FILE } from '../../src/node';
import { tempDir } from '../helpers/tempProject';

/** `.loupe.lock` as the open app (a live process: our parent) leaves it. */
async function heldByTheApp(dir: string): Promise<void> {
  await writeFile(
    join(dir, LOCK_FILE),
    JSON.stringify({
      pid: process.ppid,
      host: hostname(),
      dir,
      owner: 'the Loupe app',
      startedAt: new Date().toISOString(),
      nonce: 'app',
    }),
  );
}

describe('withProjectWriteLock', () => {
  it('holds the lock while a command writes, then removes it', async () => {
    const dir = tempDir();
    const seen = await withProjectWriteLock(
      dir,
      'loupe import',
      'existing-files',
      async () => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).owner,
    );
    expect(seen).toBe('loupe import');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a command that rewrites files while the app writes the project, and changes nothing', async () => {
    const dir = tempDir();
    await heldByTheApp(dir);
    let ran = false;
    const refused = withProjectWriteLock(
      dir,
      'loupe import',
      'existing-files',
      async () => void (ran = true),
    );
    await expect(refused).rejects.toThrow(
      /^Read-only: this project is open for writing in the Loupe app \(pid \d+/,
    );
    expect(ran).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('app');
  });

  it('lets a command that only adds new files run beside the app, leaving its lock alone', async () => {
    const dir = tempDir();
    await heldByTheApp(dir);
    expect(
      await withProjectWriteLock(dir, 'loupe import', 'new-files-only', async () => 'added'),
    ).toBe('added');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('app');
  });
});

describe('plainTextsOnly', () => {
  it('is true for .txt files and folders of them, false with brat partners or other formats', async () => {
    const root = tempDir();
    await mkdir(join(root, 'texts'));
    await writeFile(join(root, 'texts', 'a.txt'), 'a');
    await writeFile(join(root, 'b.txt'), 'b');
    expect(await plainTextsOnly([join(root, 'texts'), join(root, 'b.txt')])).toBe(true);
    await writeFile(join(root, 'texts', 'a.ann'), 'T1\tPERSON 0 1\ta');
    expect(await plainTextsOnly([join(root, 'texts')])).toBe(false);
    await writeFile(join(root, 'c.jsonl'), '{}');
    expect(await plainTextsOnly([join(root, 'c.jsonl')])).toBe(false);
    expect(await plainTextsOnly([join(root, 'missing.txt')])).toBe(false);
  });
});
