import { open, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { syncFolder } from './atomicWrite';
import type { ItemEdit, LayerEdit } from './layerEdit';
import { KEYED_LISTS } from './layerEdit';
import { stableLine } from './stableStringify';
import { StoreError } from './storeError';
import { errorCode } from '../../shared/errors';
import { isRecord } from '../../shared/collections';

/** One acknowledged edit of a layer, as its journal holds it. */
export interface JournalRecord {
  readonly seq: number;
  readonly edit: LayerEdit;
}

/** What a journal file holds: its whole records, and how many bytes of it they fill. */
export interface JournalContents {
  readonly records: readonly JournalRecord[];
  /** Bytes up to the end of the last whole record: where the next append starts. */
  readonly goodLength: number;
  /** A torn or damaged last record was left out (it was never acknowledged). */
  readonly droppedTail: boolean;
}

/**
 * One journal line: the record's JSON, a tab, the CRC-32 of the JSON's UTF-8 bytes in hex,
 * a newline. JSON never holds a raw tab, so the last tab splits a line.
 * @example '{"seq":3,"set":{"status":"done"}}\t1c291ca3\n'
 */
export function encodeJournalRecord(record: JournalRecord): Buffer {
  const body: Record<string, unknown> = { seq: record.seq, ...record.edit.lists };
  if (Object.keys(record.edit.set).length > 0) body.set = record.edit.set;
  const json = Buffer.from(stableLine(body), 'utf8');
  const sum = crc32(json).toString(16).padStart(8, '0');
  return Buffer.concat([json, Buffer.from(`\t${sum}\n`, 'utf8')]);
}

/**
 * Reads a journal's bytes. A last record that is torn (no newline) or fails its checksum is
 * left out: its append never finished, so it was never acknowledged. A bad record before
 * the last, or sequence numbers that skip, is damage: a StoreError naming file and line.
 */
export function decodeJournal(bytes: Buffer | null, file: string): JournalContents {
  if (bytes === null || bytes.length === 0)
    return { records: [], goodLength: 0, droppedTail: false };
  const records: JournalRecord[] = [];
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    line++;
    const end = bytes.indexOf(0x0a, start);
    const last = end < 0 || end === bytes.length - 1;
    const record = end < 0 ? null : parseLine(bytes.subarray(start, end));
    if (record === null) {
      if (last) return { records, goodLength: start, droppedTail: true };
      throw new StoreError(
        file,
        'a journal record before the last one is damaged (bad checksum or not JSON); restore the file from git or a backup, or cut it before this line (the edits from here on are then lost)',
        'corrupt',
        line,
      );
    }
    const previous = records.at(-1);
    if (previous && record.seq !== previous.seq + 1)
      throw new StoreError(
        file,
        `journal record ${record.seq} follows ${previous.seq}: records are missing; restore the file from git or a backup`,
        'corrupt',
        line,
      );
    records.push(record);
    start = end + 1;
  }
  return { records, goodLength: start, droppedTail: false };
}

function parseLine(bytes: Buffer): JournalRecord | null {
  const tab = bytes.lastIndexOf(0x09);
  if (tab < 0 || bytes.length - tab !== 9) return null;
  const json = bytes.subarray(0, tab);
  const sum = bytes.subarray(tab + 1).toString('latin1');
  if (crc32(json).toString(16).padStart(8, '0') !== sum) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const body = raw;
  if (typeof body.seq !== 'number' || !Number.isSafeInteger(body.seq) || body.seq < 1) return null;
  const lists: Partial<Record<(typeof KEYED_LISTS)[number], ItemEdit>> = {};
  for (const key of KEYED_LISTS) {
    const value = body[key];
    if (value === undefined) continue;
    if (!isItemEdit(value)) return null;
    lists[key] = value;
  }
  const set = body.set ?? {};
  if (!isRecord(set)) return null;
  return { seq: body.seq, edit: { lists, set } };
}

/** An edit's outline: puts and removes are lists (their items are checked by checkEditShape). */
function isItemEdit(value: unknown): value is ItemEdit {
  return isRecord(value) && Array.isArray(value.put) && Array.isArray(value.remove);
}

/**
 * Appends one record at `at` (the end of the journal's last whole record, cutting off a torn
 * tail) and fsyncs it before returning; on any failure the journal is cut back to `at`, and a
 * journal this call created is removed. Returns the journal's new length.
 */
export async function appendJournal(path: string, record: Buffer, at: number): Promise<number> {
  let created = false;
  const handle = await open(path, 'r+').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    created = true;
    return open(path, 'wx');
  });
  try {
    const { size } = await handle.stat();
    if (size !== at) await handle.truncate(at);
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
    await handle.sync();
  } catch (error) {
    await handle.truncate(at).catch(() => undefined);
    await handle.close().catch(() => undefined);
    if (created) await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
  if (created) await syncFolder(dirname(path));
  return at + record.length;
}

/** Removes a journal whose records the snapshot now holds, durably. */
export async function removeJournal(path: string): Promise<void> {
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
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
