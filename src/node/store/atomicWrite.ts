import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { errorCode } from '../../shared/errors';

/** The file system calls an atomic write makes, in order; injectable so tests can watch or fail them. */
export interface DurableFs {
  open(
    path: string,
    flags: string,
  ): Promise<{
    write(data: Uint8Array): Promise<unknown>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Node's own file system. */
export const nodeDurableFs: DurableFs = {
  async open(path, flags) {
    const handle = await fs.open(path, flags);
    return {
      write: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
};

/** Name of the temporary sibling a write goes through; never matched by project scans. */
export function temporaryPath(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/**
 * The error of a step on a temporary sibling, told about the file the user knows: a refusal
 * (`EACCES: permission denied, open '…/.a.json.123.9f…tmp'`) names `path` instead, keeping
 * its code and syscall (a path inside a temporary folder names the same path in `path`).
 * Other errors pass as they are.
 */
export function aboutTarget(error: unknown, temp: string, path: string): unknown {
  if (!(error instanceof Error) || !('path' in error) || typeof error.path !== 'string')
    return error;
  const inside = error.path.startsWith(`${temp}${sep}`) ? error.path.slice(temp.length) : null;
  if (error.path !== temp && inside === null) return error;
  path = `${path}${inside ?? ''}`;
  const code = errorCode(error);
  const reason = error.message.split(', ')[0] ?? error.message;
  const syscall = 'syscall' in error && typeof error.syscall === 'string' ? error.syscall : 'write';
  return Object.assign(new Error(`${reason}, ${syscall} '${path}'`), {
    code,
    errno: 'errno' in error ? error.errno : undefined,
    syscall,
    path,
  });
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

/**
 * What a durable write of an export takes: text, bytes, or bytes made piece by piece (a
 * piece's buffer may be filled again once the piece two after it is asked for).
 */
export type WriteData = Uint8Array | string | { readonly pieces: () => Iterable<Uint8Array> };

/**
 * Writes `data` to an open file: pieces one after another, each made while the one before
 * is written, so a large export never sits whole in memory.
 */
async function writeData(
  file: { write(data: Uint8Array): Promise<unknown> },
  data: WriteData,
): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await file.write(toBytes(data));
    return;
  }
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (const piece of data.pieces()) {
      await writing;
      writing = file.write(piece);
    }
  } finally {
    await writing.catch(() => undefined);
  }
  await writing;
}

/**
 * Writes `bytes` to a new temporary sibling of `path` and fsyncs it; returns its name. A failed
 * write (a full disk) removes the temporary file before it throws, so nothing is left behind.
 */
async function writeTemporary(path: string, data: WriteData, io: DurableFs): Promise<string> {
  const temp = temporaryPath(path);
  const file = await io.open(temp, 'wx').catch((error: unknown) => {
    throw aboutTarget(error, temp, path);
  });
  try {
    await writeData(file, data);
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    await io.unlink(temp).catch(() => undefined);
    throw aboutTarget(error, temp, path);
  }
  await file.close();
  return temp;
}

/**
 * Folders a batch of writes renamed or linked files into, each fsynced once when the batch
 * ends ({@link syncFolders}) instead of once per file: a write given one adds its folder.
 */
export type FolderSyncs = Set<string>;

/**
 * Writes `data` to `path` so that a crash at any instant leaves either the old file or
 * the new one: write a temporary sibling, fsync it, rename it over, fsync the folder (or,
 * given `folders`, leave that to the batch).
 */
export async function atomicWrite(
  path: string,
  data: WriteData,
  io: DurableFs = nodeDurableFs,
  folders?: FolderSyncs,
): Promise<void> {
  const temp = await writeTemporary(path, data, io);
  try {
    await io.rename(temp, path);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    throw aboutTarget(error, temp, path);
  }
  await syncFolderOf(path, io, folders);
}

/** fsyncs the folder of `path` now, or adds it to the batch's `folders`. */
async function syncFolderOf(path: string, io: DurableFs, folders?: FolderSyncs): Promise<void> {
  if (folders) folders.add(dirname(path));
  else await syncFolder(dirname(path), io);
}

/** fsyncs each folder of a batch once (at most a few at a time) and empties the set. */
export async function syncFolders(
  folders: FolderSyncs,
  io: DurableFs = nodeDurableFs,
): Promise<void> {
  const all = [...folders];
  folders.clear();
  await Promise.all(all.map((folder) => syncFolder(folder, io)));
}

/**
 * Writes a new file (failing if `path` exists) and fsyncs it, without the rename an
 * {@link atomicWrite} makes: for files in a staging folder that is itself renamed into
 * place once its files and the folder are synced. The caller syncs the folder.
 */
export async function writeNewFile(
  path: string,
  data: WriteData,
  io: DurableFs = nodeDurableFs,
): Promise<void> {
  const file = await io.open(path, 'wx');
  try {
    await writeData(file, data);
    await file.sync();
  } finally {
    await file.close();
  }
}

/**
 * Makes sure the disk can take every one of `files` before any of them is written: each
 * is written (as temporary siblings, fsynced) and then removed. An edit that spans several
 * files calls this first, so a full disk fails it before its first file changes, since
 * undoing a half-done edit would need space too. Throws what the write threw.
 */
export async function reserveSpace(
  files: readonly { path: string; data: string }[],
  fallbackFolder: string,
  io: DurableFs = nodeDurableFs,
): Promise<void> {
  const temps: string[] = [];
  const openTemp = async (path: string) => {
    const temp = temporaryPath(path);
    const file = await io.open(temp, 'wx').catch((error: unknown) => {
      throw aboutTarget(error, temp, path);
    });
    temps.push(temp);
    return { file, temp };
  };
  try {
    for (const { path, data } of files) {
      // A file whose folder does not exist yet reserves its room beside the project's files.
      const { file, temp } = await openTemp(path).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
        return openTemp(join(fallbackFolder, basename(path)));
      });
      try {
        await file.write(new TextEncoder().encode(data));
        await file.sync();
      } catch (error) {
        throw aboutTarget(error, temp, path);
      } finally {
        await file.close().catch(() => undefined);
      }
    }
  } finally {
    for (const temp of temps) await io.unlink(temp).catch(() => undefined);
  }
}

/** fsync a folder so a rename inside it survives power loss (a no-op where folders cannot be opened, as on Windows). */
export async function syncFolder(folder: string, io: DurableFs = nodeDurableFs): Promise<void> {
  let handle;
  try {
    handle = await io.open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!isIgnorableFolderSyncError(error)) throw error;
  } finally {
    await handle.close();
  }
}

function isIgnorableFolderSyncError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EISDIR' || code === 'EINVAL' || code === 'EPERM' || code === 'EBADF';
}

/**
 * Creates `path` with `data` only if no file of that name exists, durably: the bytes are
 * written and fsynced under a temporary name, then hard-linked into place (which fails if the
 * name is taken), so the file is complete the moment it appears and an existing file is never
 * replaced. Returns false when the name was taken. On file systems without hard links it falls
 * back to an exclusive create and write. Given `folders`, the folder is synced with the batch's.
 */
export async function publishExclusive(
  path: string,
  data: Uint8Array | string,
  io: DurableFs = nodeDurableFs,
  folders?: FolderSyncs,
): Promise<boolean> {
  const bytes = toBytes(data);
  const temp = await writeTemporary(path, bytes, io);
  try {
    await fs.link(temp, path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS')
      throw aboutTarget(error, temp, path);
    return createWithoutLinks(path, bytes, io, folders);
  } finally {
    await io.unlink(temp).catch(() => undefined);
  }
  await syncFolderOf(path, io, folders);
  return true;
}

async function createWithoutLinks(
  path: string,
  bytes: Uint8Array,
  io: DurableFs,
  folders?: FolderSyncs,
): Promise<boolean> {
  let file;
  try {
    file = await io.open(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await file.write(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  await syncFolderOf(path, io, folders);
  return true;
}
