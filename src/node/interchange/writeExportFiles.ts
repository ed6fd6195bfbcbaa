import { randomBytes } from 'node:crypto';
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { WorkbenchError } from '../../shared/contract';
import type { FormatFile } from '../../shared/formats';
import {
  aboutTarget,
  atomicWrite,
  makeFolders,
  syncFolder,
  writeNewFile,
  type WriteData,
} from '../store';
import { isInside } from './importFiles';
import { isRecord, itemAt } from '../../shared/collections';

/**
 * Writes an export to `out` so that no partial output is ever left: a single file with an
 * extension in `out` is written atomically in place; otherwise `out` is a folder: a new one
 * is filled in a hidden sibling folder first and then moved in, in one that exists each file
 * is written beside its place and renamed over it. A cancel (the signal) or a failure
 * removes what was staged. Returns the paths written.
 * @example await writeExportFiles('train.jsonl', [{ path: 'spans.jsonl', content: '…' }]) → ['/…/train.jsonl']
 */
export async function writeExportFiles(
  out: string,
  files: readonly FormatFile[],
  signal?: AbortSignal,
): Promise<string[]> {
  const target = resolve(out);
  refuseLink(target, out);
  const existing = statOrNull(target);
  if (existing && !existing.isFile() && !existing.isDirectory())
    throw new Error(
      `${out} is ${existing.isFIFO() ? 'a named pipe' : existing.isSocket() ? 'a socket' : 'a device'}, not a file or folder: nothing was written; name a file or a folder for the export`,
    );
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
    throw new Error(
      `${out} is a file; ${files.length === 1 ? 'an export named without an extension' : `an export of ${files.length} files`} is written into a folder: name a folder (a new one is made)${files.length === 1 ? ', or a file with an extension (.jsonl)' : ''}`,
    );
  for (const file of files) {
    if (!isInside(target, resolve(target, file.path)))
      throw new Error(
        `the export file name ${JSON.stringify(file.path)} would leave the folder ${out}`,
      );
  }
  if (existing) {
    for (const file of files) {
      refuseLinkedFolders(target, file.path, out);
      refuseLink(join(target, file.path), join(out, file.path));
    }
    await replaceFiles(target, files, signal);
    return files.map((file) => join(target, file.path));
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
    for (const folder of folders) await makeFolders(folder);
    signal?.throwIfAborted();
    await Promise.all(files.map((file) => writeNewFile(join(staging, file.path), contentOf(file))));
    await Promise.all([...folders].map((folder) => syncFolder(folder)));
    signal?.throwIfAborted();
    await rename(staging, target);
    await syncFolder(dirname(target));
  } catch (error) {
    // The staging folder goes; a failure to remove it (its name was too long to make at all)
    // never hides why the export failed.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw aboutTarget(error, staging, target); // the folder the user named, not the staging one
  }
  await rm(staging, { recursive: true, force: true });
  return files.map((file) => join(target, file.path));
}

/**
 * Writes files into a folder that exists: each as a hidden sibling of its place, all written
 * and fsynced at once, then each renamed over its name and every folder synced once. A cancel
 * or a failure before the renames removes the siblings and leaves the folder as it was.
 */
async function replaceFiles(
  target: string,
  files: readonly FormatFile[],
  signal: AbortSignal | undefined,
): Promise<void> {
  const places = files.map((file) => {
    const to = join(target, file.path);
    return {
      file,
      to,
      temp: join(dirname(to), `.${basename(to)}.${randomBytes(4).toString('hex')}.tmp`),
    };
  });
  const folders = new Set(places.map((place) => dirname(place.to)));
  signal?.throwIfAborted();
  // The target exists: only the folders below it may need making (a split's part folders).
  await Promise.all(
    [...folders]
      .filter((folder) => folder !== target)
      .map((folder) => mkdir(folder, { recursive: true })),
  );
  try {
    await Promise.all(places.map((place) => writeNewFile(place.temp, contentOf(place.file))));
    signal?.throwIfAborted();
  } catch (error) {
    await Promise.all(places.map((place) => rm(place.temp, { force: true })));
    const place = places.find((p) => isRecord(error) && error.path === p.temp);
    throw place ? aboutTarget(error, place.temp, place.to) : error;
  }
  // Each rename replaces one whole file; they are independent, so they run at once (a crash
  // among them leaves each file old or new, as one after another would).
  await Promise.all(places.map((place) => rename(place.temp, place.to)));
  await Promise.all([...folders].map((folder) => syncFolder(folder)));
}

/**
 * Refuses to write onto a symbolic link: the rename that makes a write atomic would replace
 * the link with a file (leaving its target as it was), which is not what someone who made the
 * link wants, so the export names it and writes nothing. Asked on the event loop (one lstat).
 */
function refuseLink(path: string, shown: string): void {
  let info: Stats | undefined;
  try {
    info = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return; // not there to replace (a parent that is a file): the write says why
  }
  if (!info?.isSymbolicLink()) return;
  const to = readlinkSync(path);
  throw new WorkbenchError(
    'invalid_request',
    `${shown} is a symbolic link (to ${to}); an export would replace the link with a file, so nothing was written: export to the place it leads to, or remove the link`,
  );
}

/**
 * Refuses to write through a folder of `path` (below `target`) that is a symbolic link: the
 * file would land where the link leads, outside the export folder the user named.
 */
function refuseLinkedFolders(target: string, path: string, out: string): void {
  const folders = path.split('/').slice(0, -1);
  for (let depth = 1; depth <= folders.length; depth++) {
    const below = folders.slice(0, depth).join('/');
    const info = lstatSync(join(target, below), { throwIfNoEntry: false });
    if (!info?.isSymbolicLink()) continue;
    throw new WorkbenchError(
      'invalid_request',
      `${join(out, below)} is a symbolic link (to ${readlinkSync(join(target, below))}); an export would write through it into another folder, so nothing was written: export to another folder, or remove the link`,
    );
  }
}

/** What goes on disk: the pieces a writer makes, else the bytes it built, else the text. */
function contentOf(file: FormatFile): WriteData {
  const { pieces } = file;
  return pieces ? { pieces } : (file.binary ?? file.bytes ?? file.content);
}

/** What is at `path` now, or null (nothing, or nothing Loupe may look at): asked on the event loop, as one stat takes microseconds. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
