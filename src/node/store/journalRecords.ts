import { crc32 } from 'node:zlib';
import type { ItemEdit, LayerEdit } from './layerEdit';
import { KEYED_LISTS } from './layerEdit';
import { stableLine } from './stableStringify';
import { StoreError } from './storeError';
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
 * The longest journal record Loupe appends; an edit whose record would be longer is written as
 * a new snapshot instead. So a torn last record is never longer: a longer tail is damage.
 */
export const MAX_JOURNAL_RECORD_BYTES = 16 * 1024 * 1024;

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
 * the last, sequence numbers that skip, or a last "record" that no append of Loupe's could
 * have left (see {@link tornTailProblem}) is damage: a StoreError naming file and line.
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
      const problem = last ? tornTailProblem(bytes.subarray(start)) : null;
      if (last && problem === null) return { records, goodLength: start, droppedTail: true };
      if (problem !== null) throw damagedTail(file, line, bytes.length - start, start, problem);
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

/** The refusal of a journal whose tail is damage: the file stays as it is, for its owner to restore or cut. */
function damagedTail(
  file: string,
  line: number,
  length: number,
  wholeBytes: number,
  problem: string,
): StoreError {
  const cut =
    wholeBytes === 0
      ? 'or remove it if it holds nothing of yours (it has no whole record)'
      : `or cut it to its first ${wholeBytes} bytes (its whole records) if what follows holds nothing of yours`;
  return new StoreError(
    file,
    `ends in ${length} bytes that are no record Loupe writes (${problem}): damage, not an edit cut short by a crash. Loupe leaves the file as it is and saves no edit of this layer; restore the file from git or a backup, ${cut}`,
    'corrupt',
    line,
  );
}

/** How every record's line begins: a JSON object's first key. */
const RECORD_START = Buffer.from('{"', 'utf8');

/**
 * Why the bytes after a journal's last whole record cannot be part of one record an append
 * left unfinished, or null when they can: a cut-short record is a prefix of a record's line,
 * so it begins as a record does, holds no control byte but the tab before the checksum (and
 * a final newline), and is no longer than {@link MAX_JOURNAL_RECORD_BYTES}; it may end in NUL
 * bytes (a power cut after the file grew, before its last bytes were written).
 */
function tornTailProblem(whole: Buffer): string | null {
  if (whole.length > MAX_JOURNAL_RECORD_BYTES)
    return `they are longer than any record can be, ${MAX_JOURNAL_RECORD_BYTES} bytes`;
  // A power cut during an append can leave the file's new length with zeros where the record's
  // last bytes were not yet written: NULs at the end of a tail short enough are that.
  let end = whole.length;
  while (end > 0 && whole[end - 1] === 0) end--;
  const tail = whole.subarray(0, end);
  if (tail.includes(0)) return 'they hold NUL bytes before other bytes, which no record holds';
  const last = tail.length - 1;
  const control = (byte: number, i: number) =>
    byte < 0x20 && byte !== 0x09 && !(byte === 0x0a && i === last);
  if (tail.findIndex(control) >= 0) return 'they hold control bytes, which no record holds';
  const head = tail.subarray(0, RECORD_START.length);
  if (!head.equals(RECORD_START.subarray(0, head.length)))
    return 'they do not begin as a record does, with {"';
  return null;
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
 * The highest record number a journal's bytes hold (0 for none), damaged lines and all. A
 * record's keys are in stable order, so one that edits events or relations begins
 * `{"events"` or `{"relations"`, not `{"seq"`: each line's JSON is read for its `seq`, and a
 * line that is no JSON counts every `"seq":N` it spells (a higher number only skips more).
 */
export function lastJournalSeq(journal: Buffer | null): number {
  if (!journal) return 0;
  let seq = 0;
  for (const line of journal.toString('utf8').split('\n')) {
    for (const found of seqsOfLine(line))
      if (Number.isSafeInteger(found)) seq = Math.max(seq, found);
  }
  return seq;
}

/** The record number a journal line holds, or every one it spells when it is no whole record. */
function seqsOfLine(line: string): number[] {
  const tab = line.lastIndexOf('\t');
  try {
    const body: unknown = JSON.parse(tab < 0 ? line : line.slice(0, tab));
    if (isRecord(body) && typeof body.seq === 'number') return [body.seq];
  } catch {
    // damaged: read what it spells below
  }
  return [...line.matchAll(/"seq":(\d{1,16})/gu)].map((match) => Number(match[1]));
}
