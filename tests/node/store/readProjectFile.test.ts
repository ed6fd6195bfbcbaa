import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PROJECT_FILE_BYTES, readProjectFile } from '../../../src/node/store/readProjectFile';
import { tempDir } from '../../helpers/tempProject';

/** A project-like folder with one regular file `a.txt`. */
async function folder(): Promise<string> {
  const dir = tempDir();
  await writeFile(join(dir, 'a.txt'), 'hello');
  return dir;
}

describe('readProjectFile', () => {
  it('reads a regular file and answers null for a missing one', async () => {
    const dir = await folder();
    expect((await readProjectFile(join(dir, 'a.txt'), { dir, label: 'a.txt' }))?.toString()).toBe(
      'hello',
    );
    expect(await readProjectFile(join(dir, 'b.txt'), { dir, label: 'b.txt' })).toBeNull();
  });

  it('refuses a link to /dev/zero without reading it (it would grow memory without bound)', async () => {
    const dir = await folder();
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    await expect(
      readProjectFile(join(dir, 'zero.txt'), { dir, label: 'documents/zero.txt' }),
    ).rejects.toThrow(/documents\/zero.txt: is a symbolic link/);
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const dir = await folder();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const started = Date.now();
    await expect(
      readProjectFile(join(dir, 'pipe.json'), { dir, label: 'pipe.json' }),
    ).rejects.toThrow(/not a regular file \(a FIFO\)/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a socket with its kind named, not an errno', async () => {
    const dir = await folder();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock.json'), resolve));
    try {
      await expect(
        readProjectFile(join(dir, 'sock.json'), { dir, label: 'sock.json' }),
      ).rejects.toThrow(/^sock.json: is not a regular file \(a socket\)/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a file larger than the cap without reading it (a sparse 300 MB file)', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), MAX_PROJECT_FILE_BYTES + 1);
    await expect(
      readProjectFile(join(dir, 'huge.txt'), { dir, label: 'huge.txt' }),
    ).rejects.toThrow(/more than Loupe reads/);
    await expect(
      readProjectFile(join(dir, 'a.txt'), { dir, label: 'a.txt', maxBytes: 4 }),
    ).rejects.toThrow(/is 5 bytes/);
  });

  it('refuses a file whose folder is a link leading out of the project', async () => {
    const dir = await folder();
    const outside = tempDir();
    await writeFile(join(outside, 'x.json'), '{}');
    await mkdir(join(dir, 'annotations'));
    await symlink(outside, join(dir, 'annotations', 'bob'));
    await expect(
      readProjectFile(join(dir, 'annotations', 'bob', 'x.json'), {
        dir,
        label: 'annotations/bob/x.json',
      }),
    ).rejects.toThrow(/lies outside the project folder/);
  });

  it('follows a link inside the project only after resolving it inside', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'x.json'), '{}');
    await symlink(join(dir, 'real'), join(dir, 'alias'));
    expect(
      (await readProjectFile(join(dir, 'alias', 'x.json'), { dir, label: 'x' }))?.toString(),
    ).toBe('{}');
  });

  it('names a link loop as a loop (ELOOP), the file itself or the folder on its way that loops', async () => {
    const dir = await folder();
    await symlink('b.json', join(dir, 'a.json'));
    await symlink('a.json', join(dir, 'b.json'));
    await expect(readProjectFile(join(dir, 'a.json'), { dir, label: 'a.json' })).rejects.toThrow(
      /^a\.json: is a symbolic link loop \(ELOOP\)/,
    );
    await mkdir(join(dir, 'annotations'));
    await symlink('bob', join(dir, 'annotations', 'bob'));
    const file = 'annotations/bob/d.json';
    await expect(readProjectFile(join(dir, file), { dir, label: file })).rejects.toThrow(
      /^annotations\/bob\/d\.json: cannot be reached: annotations\/bob is a symbolic link loop \(ELOOP\)/,
    );
  });
});
