import { constants, fstatSync, statSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder } from './atomicWrite';
import { versionOfStats } from './fileVersion';
import { StoreError } from './storeError';
import { errorCode } from '../../shared/errors';

/** A journal kept open between appends, and which file it opened (a replaced file has another inode). */
interface OpenJournal {
  readonly handle: FileHandle;
  readonly dev: number;
  readonly ino: number;
}

/** Journals open for appending, by path; the oldest is closed past {@link MAX_OPEN_JOURNALS}. */
const openJournals = new Map<string, OpenJournal>();
const MAX_OPEN_JOURNALS = 16;

/** Closes the journal kept open at `path`, if any (before it is removed, cut or replaced). */
async function forgetJournal(path: string): Promise<void> {
  const kept = openJournals.get(path);
  if (!kept) return;
  openJournals.delete(path);
  await kept.handle.close().catch(() => undefined);
}

/**
 * Closes every journal kept open for appending (a project closing, a test's end); the next
 * append opens its journal again. They are forgotten at once, before the returned promise.
 */
export function closeJournals(): Promise<void> {
  return Promise.all([...openJournals.keys()].map((path) => forgetJournal(path))).then(
    () => undefined,
  );
}

/**
 * Each write to a journal is durable when it returns, data and length (`O_DSYNC`: what a write
 * then an fdatasync give, in one round through the thread pool instead of two). Windows has no
 * such flag in Node (0 here): there the append asks for the fdatasync itself.
 */
const DSYNC = constants.O_DSYNC ?? 0;

/** Opens an existing journal for writing in place, never through a link at its own name. */
const WRITE_IN_PLACE = constants.O_RDWR | constants.O_NOFOLLOW | DSYNC;

/** A journal as the project names it: `annotations/<annotator>/<id>.journal.jsonl`. */
export function journalFileOf(path: string): string {
  return path.split(/[\\/]/u).slice(-3).join('/');
}

/**
 * Why Loupe leaves a journal as it is, or null: one nobody may write (mode 444, as someone
 * marks a file not to be touched) is never appended to, folded or removed, even by a user the
 * system would let write it (root).
 */
export function readOnlyJournalReason(mode: number): string | null {
  if ((mode & 0o222) !== 0) return null;
  return `is read-only (mode ${(mode & 0o777).toString(8)})`;
}

/**
 * What the user of a layer whose journal is read-only is told when the layer opens: Loupe
 * leaves the file as it is, so edits of the layer are refused, and what to do; null when it
 * may write the journal.
 */
export function readOnlyJournalNotice(mode: number): string | null {
  const reason = readOnlyJournalReason(mode);
  return (
    reason &&
    `${reason}: Loupe leaves it as it is and saves no edit of this layer; make it writable (chmod u+w) to edit it`
  );
}

/** Refuses to write into a read-only journal, naming it and what to do. */
export function refuseReadOnlyJournal(path: string, mode: number): void {
  const reason = readOnlyJournalReason(mode);
  if (reason)
    throw new StoreError(
      journalFileOf(path),
      `${reason}: Loupe writes nothing into it; make it writable (chmod u+w) to edit this layer`,
      'readonly',
    );
}

/** Creates a journal, failing if a file (or a link) already has its name. */
const CREATE = constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | DSYNC;

/**
 * The journal at `path` open for writing, and its size now; null when the file has other hard
 * links (a folder copied with `cp -al`, a backup tool's snapshot, a link to a file elsewhere):
 * writing it in place would change every copy, so the caller writes a new snapshot instead.
 * The handle of an earlier append is reused while the path still names the file it opened
 * (same device and inode): another program that replaced or removed the journal (a sync, a
 * restore) gets the new file opened.
 */
async function journalAt(
  path: string,
): Promise<{ handle: FileHandle; size: number; created: boolean } | null> {
  // A stat of one local file takes microseconds and writes nothing: asked on the event loop, it
  // spares the edit a round trip through the thread pool, which costs milliseconds under load.
  const onDisk = statSync(path, { throwIfNoEntry: false }) ?? null;
  if (onDisk) refuseReadOnlyJournal(path, onDisk.mode);
  const kept = openJournals.get(path);
  if (kept && onDisk && onDisk.nlink === 1 && kept.dev === onDisk.dev && kept.ino === onDisk.ino)
    return { handle: kept.handle, size: onDisk.size, created: false };
  await forgetJournal(path);
  if (onDisk && onDisk.nlink > 1) return null;
  const created = onDisk === null;
  const handle = await open(path, created ? CREATE : WRITE_IN_PLACE);
  try {
    const opened = await handle.stat(); // the file opened, should the path change meanwhile
    if (opened.nlink > 1) {
      await handle.close();
      return null;
    }
    keepOpen(path, { handle, dev: opened.dev, ino: opened.ino });
    return { handle, size: opened.size, created };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

function keepOpen(path: string, journal: OpenJournal): void {
  openJournals.set(path, journal);
  if (openJournals.size <= MAX_OPEN_JOURNALS) return;
  const [oldest] = openJournals.keys();
  if (oldest !== undefined) void forgetJournal(oldest);
}

/**
 * Appends one record at `at` (the end of the journal's last whole record, cutting off a torn
 * tail) and makes it durable (the data and the new length, see {@link DSYNC}) before returning; on
 * any failure the journal is cut back to `at`, and a journal this call created is removed.
 * The file stays open for the next append: one stat on the event loop and one durable write
 * through the thread pool per edit.
 * Returns the journal's new length; refuses a journal with other hard links, writing nothing.
 */
export async function appendJournal(path: string, record: Buffer, at: number): Promise<number> {
  const appended = await appendJournalRecord(path, record, at);
  if (!appended)
    throw new StoreError(
      path,
      'has other hard links; Loupe writes it in place only alone',
      'unsafe',
    );
  return appended.length;
}

/**
 * {@link appendJournal}, answering also the journal's version after the append (what
 * `fileVersion` of its path gives while nothing else changes it), from a stat of the open file.
 */
export async function appendJournalRecord(
  path: string,
  record: Buffer,
  at: number,
): Promise<{ length: number; version: string } | null> {
  const journal = await journalAt(path);
  if (!journal) return null;
  const { handle, size, created } = journal;
  let version: string;
  try {
    const cut = size !== at;
    if (cut) await handle.truncate(at);
    let written = 0;
    while (written < record.length) {
      const { bytesWritten } = await handle.write(
        record,
        written,
        record.length - written,
        at + written,
      );
      written += bytesWritten;
    }
    // A cut tail is made durable with the record; so is every write where DSYNC is none.
    if (cut || DSYNC === 0) await handle.datasync();
    // Size and modification time are set by the write: a stat of the open file, no round trip.
    version = versionOfStats(fstatSync(handle.fd, { bigint: true }));
    if (created) await syncFolder(dirname(path));
  } catch (error) {
    await handle.truncate(at).catch(() => undefined);
    await forgetJournal(path);
    if (created) await unlink(path).catch(() => undefined);
    throw error;
  }
  return { length: at + record.length, version };
}

/** Removes a journal whose records the snapshot now holds, durably. */
export async function removeJournal(path: string): Promise<void> {
  await forgetJournal(path);
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Cuts a journal back to `length` bytes, durably (removing it when that is 0): the undo of an append. */
export async function cutJournal(path: string, length: number): Promise<void> {
  if (length === 0) return removeJournal(path);
  await forgetJournal(path);
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
