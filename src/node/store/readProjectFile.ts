import { constants, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { linkLoopError } from './linkLoop';
import { StoreError } from './storeError';
import { errorCode, errorMessage } from '../../shared/errors';

/** The largest project file Loupe reads (a document text, a layer, an entity): larger is refused, never read. */
export const MAX_PROJECT_FILE_BYTES = 256 * 1024 * 1024;

/** The largest JSON file that describes one thing (a manifest, a document's meta, an entity). */
export const MAX_META_BYTES = 16 * 1024 * 1024;

/** Opens without following a final link and without waiting on a FIFO or a device. */
const SAFE_READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** How to name and bound one read of a project file. */
export interface ProjectFileRead {
  /** The project folder the file must lie inside (after resolving links). */
  readonly dir: string;
  /** The file as a person reads it, project-relative: named in every error. */
  readonly label: string;
  readonly maxBytes?: number;
}

/**
 * Reads one file of a project folder as untrusted input: null when it does not exist; refused
 * with a clear StoreError when it is a link (final component: O_NOFOLLOW), lies outside the
 * project once its folder is resolved (a linked `annotations/<name>` or `documents/`), is not a
 * regular file (a FIFO or device, opened non-blocking so it never hangs) or is larger than
 * `maxBytes` (so `/dev/zero` or a huge file never fills memory).
 */
export async function readProjectFile(path: string, read: ProjectFileRead): Promise<Buffer | null> {
  const max = read.maxBytes ?? MAX_PROJECT_FILE_BYTES;
  let handle;
  try {
    await assertInsideProject(read.dir, dirname(path), read.label);
    handle = await open(path, SAFE_READ_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return null;
    if (error instanceof StoreError) throw error;
    // Opening a Unix socket fails (ENXIO) before fstat could name it.
    if (code === 'ENXIO')
      throw unsafe(
        read.label,
        'is not a regular file (a socket); remove it from the project folder',
      );
    if (code === 'ELOOP' || code === 'EMLINK') {
      const file = projectRelative(read.dir, path);
      if (await leadsToLoop(path)) throw linkLoopError(read.dir, file, read.label);
      throw unsafe(
        read.label,
        'is a symbolic link; Loupe reads no links inside a project folder (replace it with the file itself)',
      );
    }
    throw new StoreError(read.label, `cannot read: ${errorMessage(error)}`, 'io');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw unsafe(
        read.label,
        `is not a regular file (${kindOf(info)}); remove it from the project folder`,
      );
    if (info.size > max)
      throw unsafe(
        read.label,
        `is ${info.size} bytes, more than Loupe reads (${max}); remove or split it`,
      );
    const buffer = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < info.size) {
      const { bytesRead } = await handle.read(buffer, filled, info.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === info.size ? buffer : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Throws unless `folder`, with every link resolved, lies inside the project folder (resolved
 * too); a missing folder passes (nothing to read or it will be created inside). Answers
 * whether the folder exists.
 */
export async function assertInsideProject(
  dir: string,
  folder: string,
  label: string,
): Promise<boolean> {
  const [root, real] = await Promise.all([
    realpath(dir),
    // The trailing separator makes a file where the folder should be fail (ENOTDIR) here.
    realpath(`${folder}${sep}`).catch((error: unknown) =>
      resolvedOrNull(error, dir, folder, label),
    ),
  ]);
  return insideRoot(root, real, label);
}

/**
 * {@link assertInsideProject} on the event loop, for the folders an edit writes into: resolving
 * a few local paths takes microseconds there, and a round through the thread pool milliseconds
 * while the page draws on the same cores.
 */
export function assertInsideProjectNow(dir: string, folder: string, label: string): boolean {
  const root = realpathSync.native(dir);
  let real: string | null;
  try {
    real = realpathSync.native(`${folder}${sep}`);
  } catch (error) {
    real = resolvedOrNull(error, dir, folder, label);
  }
  if (real === null) refuseLinkToNothing(folder, label);
  return insideRoot(root, real, label);
}

/**
 * A folder to be created that is a link to nothing: creating it does nothing (the link is
 * there) and writing through it fails with an errno, or would land wherever the link points
 * once someone makes that folder. Refused by name, before anything is written.
 */
function refuseLinkToNothing(folder: string, label: string): void {
  let target: string;
  try {
    if (!lstatSync(folder).isSymbolicLink()) return;
    target = readlinkSync(folder);
  } catch {
    return; // missing: it will be created inside
  }
  throw unsafe(
    label,
    `is a link to ${JSON.stringify(target)}, which does not exist; Loupe writes through no link in a project folder (validate --repair removes it, or replace it with a folder)`,
  );
}

/** A folder that does not resolve: missing (null), or the reason it cannot be reached. */
function resolvedOrNull(error: unknown, dir: string, folder: string, label: string): null {
  const code = errorCode(error);
  if (code === 'ENOENT') return null;
  if (code === 'ENOTDIR') throw notAFolder(dir, folder, label);
  if (code === 'ELOOP') throw linkLoopError(dir, projectRelative(dir, folder), label);
  throw error;
}

/** Whether a resolved folder exists (not null) inside the resolved root; throws when outside. */
function insideRoot(root: string, real: string | null, label: string): boolean {
  if (real === null) return false;
  const rel = relative(root, real);
  if (rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..')) return true;
  throw unsafe(
    label,
    `lies outside the project folder (its folder resolves to ${real}); Loupe follows no link out of a project`,
  );
}

/** `path` relative to the project folder, '/'-separated, as files are named in messages. */
function projectRelative(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** Whether following the link at `path` loops (asked only once opening it without following failed). */
function leadsToLoop(path: string): Promise<boolean> {
  return realpath(path).then(
    () => false,
    (error: unknown) => errorCode(error) === 'ELOOP',
  );
}

/** A file stands where a folder of the project should be (`annotations`, `entities/`, …): an io error, passing once it is moved. */
function notAFolder(dir: string, folder: string, label: string): StoreError {
  const where = projectRelative(dir, folder);
  return new StoreError(
    label,
    `cannot be reached: a file stands where the folder ${where}/ (or one above it) should be; move that file out of the way`,
    'io', // not damage of the file itself: it reads again once the file in the way is moved
  );
}

function unsafe(label: string, reason: string): StoreError {
  return new StoreError(label, reason, 'unsafe');
}

function kindOf(info: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'a special file';
}
