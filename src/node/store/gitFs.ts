import * as fs from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';
import { checkLooseObject } from './boundedGitObject';
import { readProjectFile } from './readProjectFile';

/**
 * The file system isomorphic-git works through for a project's repository: node's, except
 * that every file it writes (objects, the index, refs) is replaced atomically and durably,
 * so a sync stopped at any instant never leaves a torn object or index behind, and no
 * loose object that inflates beyond what Loupe reads is handed to git.
 */
export const durableGitFs = {
  promises: {
    /** Every loose object is checked to inflate to no more than Loupe reads before git inflates it. */
    readFile: async (path: string, options?: Parameters<typeof fs.promises.readFile>[1]) => {
      const data = await fs.promises.readFile(path, options);
      if (typeof data !== 'string') await checkLooseObject(path, data);
      return data;
    },
    writeFile: (path: string, data: Uint8Array | string) => atomicWrite(path, data),
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
