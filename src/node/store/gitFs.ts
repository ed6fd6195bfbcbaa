import * as fs from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';
import { checkLooseObject, checkPackedObjects, checkReceivedPack } from './boundedGitObject';
import { readProjectFile } from './readProjectFile';
import { StoreError } from './storeError';

/**
 * The file system isomorphic-git works through for a project's repository: node's, except
 * that every file it writes (objects, the index, refs) is replaced atomically and durably,
 * so a sync stopped at any instant never leaves a torn object or index behind, and no
 * object (loose or packed) that inflates beyond what Loupe reads is handed to git.
 */
export const durableGitFs = {
  promises: {
    /** Plain files only; every loose object, and every object of a pack, is checked to inflate to no more than Loupe reads before git inflates it. */
    readFile: async (path: string, options?: ReadOptions) => {
      const data = await readPlainFile(path, options);
      if (typeof data !== 'string') {
        await checkLooseObject(path, data);
        await checkPackedObjects(path, data);
      }
      return data;
    },
    /** A pack received from a remote is checked before it is written, and before git indexes it. */
    writeFile: async (path: string, data: Uint8Array | string) => {
      if (typeof data !== 'string') checkReceivedPack(path, data);
      await atomicWrite(path, data);
    },
    unlink: fs.promises.unlink,
    readdir: fs.promises.readdir,
    mkdir: fs.promises.mkdir,
    rmdir: fs.promises.rmdir,
    stat: fs.promises.stat,
    lstat: fs.promises.lstat,
    readlink: fs.promises.readlink,
    symlink: fs.promises.symlink,
    chmod: fs.promises.chmod,
  },
};

type ReadOptions = Parameters<typeof fs.promises.readFile>[1];

/**
 * Reads a file git asked for, opened without waiting: a FIFO or a device (a remote on a
 * shared drive is others' folder too) is refused by name instead of hanging the sync or being
 * read forever. A folder answers EISDIR, as git expects of a ref that is a folder.
 */
async function readPlainFile(path: string, options?: ReadOptions): Promise<string | Buffer> {
  const handle = await fs.promises.open(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), {
        code: 'EISDIR',
      });
    if (!info.isFile())
      throw new StoreError(
        path,
        'is not a plain file (a FIFO, a socket or a device) where git keeps one; remove it',
        'unsafe',
      );
    return await handle.readFile(options);
  } finally {
    await handle.close();
  }
}

/** The largest file of its own Loupe reads from a git folder (a sync record is a few lines). */
const MAX_GIT_FILE_BYTES = 64 * 1024;

/**
 * Reads a file Loupe keeps inside a repository's git folder (its sync record), or null when
 * it is absent or not a small plain file there: never a link followed, a FIFO waited on or a
 * huge file read whole.
 */
export async function readGitFile(gitdir: string, name: string): Promise<string | null> {
  const bytes = await readProjectFile(join(gitdir, name), {
    dir: gitdir,
    label: `.git/${name}`,
    maxBytes: MAX_GIT_FILE_BYTES,
  }).catch(() => null);
  return bytes?.toString('utf8') ?? null;
}

/** Writes a file Loupe keeps inside a repository's git folder, atomically. */
export async function writeGitFile(gitdir: string, name: string, text: string): Promise<void> {
  await atomicWrite(join(gitdir, name), text);
}
