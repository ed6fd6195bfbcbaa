import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorCode } from '../../shared/errors';

/**
 * `mkdir -p` that always ends: makes `path` and the folders missing above it, one level at a
 * time. Node's own recursive mkdir spins forever where the system answers "no such folder"
 * under a folder that exists (`/proc`, `/sys`, some network disks); here that answer fails.
 * @example await makeFolders('/srv/new/project') // makes /srv/new, then /srv/new/project
 */
export async function makeFolders(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST' || code === 'EISDIR') {
      // Something is there: a folder is done; anything else fails as mkdir -p fails.
      if ((await stat(path).catch(() => null))?.isDirectory()) return;
      throw error;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    await makeFolders(parent);
    await mkdir(path).catch((again: unknown) => {
      if (errorCode(again) !== 'EEXIST') throw again; // made meanwhile by another
    });
  }
}
