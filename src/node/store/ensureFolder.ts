import { mkdir } from 'node:fs/promises';

/**
 * Creates one folder whose parent must already exist (an existing folder is fine), so a
 * write never recreates a project folder that was moved or deleted while it was open.
 */
export async function ensureFolder(path: string): Promise<void> {
  await mkdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}
