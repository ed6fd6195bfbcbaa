import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FormatFile } from '../../shared/formats';
import { atomicWrite, syncFolder, writeNewFile } from '../store';
import { isInside } from './importFiles';
import { itemAt } from '../../shared/collections';

/**
 * Writes an export to `out` so that no partial output is ever left: a single file with an
 * extension in `out` is written atomically in place; otherwise `out` is a folder, filled in
 * a hidden sibling folder first and then moved in. A cancel (the signal) or a failure
 * removes the staging folder. Returns the paths written.
 * @example await writeExportFiles('train.jsonl', [{ path: 'spans.jsonl', content: '…' }]) → ['/…/train.jsonl']
 */
export async function writeExportFiles(
  out: string,
  files: readonly FormatFile[],
  signal?: AbortSignal,
): Promise<string[]> {
  const target = resolve(out);
  const existing = await stat(target).catch(() => null);
  const single =
    files.length === 1 &&
    !files[0]?.path.includes('/') &&
    extname(target) !== '' &&
    !existing?.isDirectory();
  if (single) {
    signal?.throwIfAborted();
    await atomicWrite(target, contentOf(itemAt(files, 0)));
    return [target];
  }
  if (existing && !existing.isDirectory())
    throw new Error(`${out} is a file; an export of ${files.length} files needs a folder`);
  for (const file of files) {
    if (!isInside(target, resolve(target, file.path)))
      throw new Error(
        `the export file name ${JSON.stringify(file.path)} would leave the folder ${out}`,
      );
  }
  const staging = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    // Every file written and fsynced at once, each folder synced once, then one rename:
    // the staging folder is never seen by anyone, so its files need no rename of their own.
    const folders = new Set<string>([staging]);
    for (const file of files) folders.add(dirname(join(staging, file.path)));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    signal?.throwIfAborted();
    await Promise.all(files.map((file) => writeNewFile(join(staging, file.path), contentOf(file))));
    await Promise.all([...folders].map((folder) => syncFolder(folder)));
    signal?.throwIfAborted();
    if (!existing) {
      await rename(staging, target);
      await syncFolder(dirname(target));
    } else {
      const moved = new Set<string>([target]);
      for (const file of files) {
        const to = join(target, file.path);
        moved.add(dirname(to));
        await mkdir(dirname(to), { recursive: true });
        await rename(join(staging, file.path), to);
      }
      await Promise.all([...moved].map((folder) => syncFolder(folder)));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return files.map((file) => join(target, file.path));
}

/** What goes on disk: the bytes a writer built, else the text. */
function contentOf(file: FormatFile): Uint8Array | string {
  return file.bytes ?? file.content;
}
