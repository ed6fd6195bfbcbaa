import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths, MAX_PROJECT_FILE_BYTES } from '../../../src/node';
import { snapshotFolder } from '../../helpers/snapshotFolder';
import { tempDir } from '../../helpers/tempProject';
import { emptyProject, folderWith, into } from './build';

/** A named pipe (FIFO) at `path`: reading it would wait for a writer forever. */
function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** Imports `paths` into an empty project, expects it refused with `message`, and the project untouched. */
async function refused(paths: string[], message: RegExp): Promise<void> {
  const { store } = await emptyProject();
  const before = snapshotFolder(store.dir);
  await expect(importPaths(store, paths, into('amira'))).rejects.toThrow(message);
  expect(snapshotFolder(store.dir)).toEqual(before);
}

describe.skipIf(process.platform === 'win32')(
  'importPaths of paths that are not plain files',
  () => {
    it('refuses a named pipe given by name instead of waiting for a writer', async () => {
      await refused([fifo(join(tempDir(), 'x.conll'))], /x\.conll: is not a regular file/);
    });

    it('refuses a named pipe inside a folder', async () => {
      const dir = folderWith({ 'a.txt': 'Hello.' });
      fifo(join(dir, 'x.conll'));
      await refused([dir], /x\.conll: is not a regular file/);
    });

    it('refuses links in a loop and a link to the folder itself, naming each', async () => {
      const dir = folderWith({ 'a.txt': 'Hello.' });
      symlinkSync('c.txt', join(dir, 'b.txt'));
      symlinkSync('b.txt', join(dir, 'c.txt'));
      mkdirSync(join(dir, 'sub'));
      symlinkSync('..', join(dir, 'sub', 'up.txt'));
      const { store } = await emptyProject();
      const before = snapshotFolder(store.dir);
      const failure = await importPaths(store, [dir], into('amira')).catch((e: unknown) => e);
      expect(String(failure)).toMatch(/b\.txt: is a link that leads nowhere or in a loop/);
      expect(String(failure)).toMatch(/and 2 more errors/);
      expect(snapshotFolder(store.dir)).toEqual(before);
    });

    it('refuses a file larger than a project file may be without reading it (a sparse 256 MiB + 1)', async () => {
      const dir = folderWith({ 'one.txt': '' });
      truncateSync(join(dir, 'one.txt'), MAX_PROJECT_FILE_BYTES + 1);
      await refused([join(dir, 'one.txt')], /one\.txt: is 256 MiB, larger than Loupe reads a file/);
      await refused([dir], /one\.txt: is 256 MiB, larger than Loupe reads a file/);
    });

    it('refuses a file whose name holds a line break, given by name or in a folder', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a\nb.txt'), 'Hello.');
      await refused([join(dir, 'a\nb.txt')], /its name holds a line break/);
      await refused([dir], /its name holds a line break/);
    });

    it('reads files in folders whose names hold a control character, named or found', async () => {
      const dir = join(tempDir(), 'a\u0001b');
      mkdirSync(join(dir, 'c\u0001d'), { recursive: true });
      writeFileSync(join(dir, 'x.conll'), 'EU B-ORG\nrejects O\n');
      writeFileSync(join(dir, 'c\u0001d', 'y.conll'), 'IBM B-ORG\n');
      for (const paths of [[join(dir, 'x.conll')], [dir]]) {
        const { store } = await emptyProject();
        const summary = await importPaths(store, paths, into('amira'));
        expect(summary.written).toBe(true);
      }
      writeFileSync(join(dir, 'c\u0001d', 'e\u0001f.conll'), 'IBM B-ORG\n');
      await refused([dir], /e.f\.conll: its name holds a line break or other control character/);
    });
  },
);
