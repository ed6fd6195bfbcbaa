import { constants as fsConstants } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants, createInflate, inflateSync } from 'node:zlib';
import { MAX_PROJECT_FILE_BYTES } from './readProjectFile';
import { StoreError } from './storeError';
import { errorCode } from '../../shared/errors';
import { isRecord } from '../../shared/collections';

/**
 * The most bytes a git object of a teammate's history may hold before Loupe refuses it
 * unread: what Loupe reads of a project file. A test may lower it to keep its data small.
 */
export const gitObjectLimit = { bytes: MAX_PROJECT_FILE_BYTES };

/** A loose object of a git repository: `objects/<2 hex>/<38 hex>`, zlib-deflated. */
const LOOSE_OBJECT = /[\\/]objects[\\/]([0-9a-f]{2})[\\/]([0-9a-f]{38})$/;

/**
 * Throws when `bytes`, read from `path`, is a loose git object that inflates to more than
 * Loupe reads: a few kilobytes of a teammate's history can hold gigabytes of zeros, which git
 * would inflate whole. Counted while streaming, so memory stays a few chunks; a stream that
 * is no zlib data is left for git to refuse.
 */
export async function checkLooseObject(path: string, bytes: Uint8Array): Promise<void> {
  const loose = LOOSE_OBJECT.exec(path);
  if (!loose) return;
  if (!(await inflatesBeyond(bytes, gitObjectLimit.bytes))) return;
  throw tooLarge(`${loose[1]}${loose[2]}`);
}

function tooLarge(oid: string): StoreError {
  return new StoreError(
    `git object ${oid}`,
    `holds more than ${gitObjectLimit.bytes} bytes, more than Loupe reads (a file in the shared history is too large); nothing was changed`,
    'unsafe',
  );
}

/** A pack file of a repository: `objects/pack/pack-<hash>.pack`. */
const PACK_FILE = /[\\/]objects[\\/]pack[\\/]pack-[0-9a-f]+\.pack$/u;

/** Pack entry types: 1-4 whole objects, 6 a delta on an earlier entry, 7 a delta on an object id. */
const OFS_DELTA = 6;
const REF_DELTA = 7;

/**
 * Throws when a pack file (`objects/pack/pack-<hash>.pack`, read whole as `bytes`) holds an
 * object that inflates to more than Loupe reads, before git inflates it: each entry's size is
 * in its header (for a delta, the size of the object it makes is in the first bytes of its
 * data), found at the offsets the pack's index lists. A pack without a readable version 2
 * index is left for git to refuse.
 */
export async function checkPackedObjects(path: string, bytes: Uint8Array): Promise<void> {
  if (!PACK_FILE.test(path)) return;
  const index = await readIndex(path.replace(/\.pack$/u, '.idx'));
  if (!index) return;
  const pack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const { oid, offset } of index)
    if (entrySize(pack, offset) > gitObjectLimit.bytes) throw tooLarge(oid);
}

/** A pack's signature, `PACK`, then its version and its count of entries. */
const PACK_HEADER = 12;

/**
 * Throws when a pack git is about to write (`objects/pack/pack-<hash>.pack`, `bytes` whole) holds
 * an entry that inflates to more than Loupe reads, or makes such an object (a delta). A fetch
 * over HTTP writes the pack it received and then indexes it by inflating every object in
 * memory, so this runs before: each entry is inflated in turn, never beyond the limit whatever
 * its header claims, to find where the next begins. A pack that is no pack, or ends early, is
 * left for git to refuse.
 */
export function checkReceivedPack(path: string, bytes: Uint8Array): void {
  if (!PACK_FILE.test(path)) return;
  const pack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (pack.length < PACK_HEADER || pack.toString('latin1', 0, 4) !== 'PACK') return;
  const count = pack.readUInt32BE(8);
  let pos = PACK_HEADER;
  for (let entry = 1; entry <= count && pos < pack.length; entry++) {
    const first = pack[pos] ?? 0;
    const type = (first >> 4) & 7;
    let [, at] = first & 0x80 ? readSize(pack, pos + 1, 4, first & 15) : [0, pos + 1];
    if (type === REF_DELTA) at += 20;
    else if (type === OFS_DELTA) while ((pack[at++] ?? 0) & 0x80 && at < pack.length); // the base's distance back
    const inflated = inflateEntry(pack.subarray(at), entry, count);
    if (!inflated) return; // not zlib data: git refuses it
    let made = inflated.buffer.length;
    if (type === OFS_DELTA || type === REF_DELTA) {
      // A delta's data begins with the base's size and the size of the object it makes.
      const [, afterBase] = readSize(inflated.buffer, 0, 0, 0);
      [made] = readSize(inflated.buffer, afterBase, 0, 0);
    }
    if (made > gitObjectLimit.bytes) throw tooLargeEntry(entry, count);
    pos = at + inflated.taken;
  }
}

/**
 * One pack entry's data inflated, never past the limit (a StoreError beyond it), with how many
 * bytes of the pack it took; null when it is no zlib data.
 */
function inflateEntry(
  data: Buffer,
  entry: number,
  count: number,
): { buffer: Buffer; taken: number } | null {
  let out: unknown;
  try {
    // `info` answers the engine too, whose bytesWritten is the input the stream took.
    out = inflateSync(data, { info: true, maxOutputLength: gitObjectLimit.bytes + 1 });
  } catch (error) {
    if (errorCode(error) === 'ERR_BUFFER_TOO_LARGE') throw tooLargeEntry(entry, count);
    return null;
  }
  if (!isRecord(out) || !Buffer.isBuffer(out.buffer) || !isRecord(out.engine)) return null;
  const taken = out.engine.bytesWritten;
  return typeof taken === 'number' ? { buffer: out.buffer, taken } : null;
}

function tooLargeEntry(entry: number, count: number): StoreError {
  return new StoreError(
    `the history the remote sent`,
    `holds a git object of more than ${gitObjectLimit.bytes} bytes (entry ${entry} of ${count} in its pack), more than Loupe reads (a file in the shared history is too large); nothing was changed`,
    'unsafe',
  );
}

/** The object ids and offsets of a version 2 pack index, or null. */
async function readIndex(path: string): Promise<{ oid: string; offset: number }[] | null> {
  const handle = await open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK).catch(() => null);
  if (!handle) return null;
  let idx: Buffer;
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > 1024 * 1024 * 1024) return null;
    idx = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (idx.length < 8 + 1024 || idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2)
    return null;
  const count = idx.readUInt32BE(8 + 255 * 4);
  const oids = 8 + 1024;
  const offsets = oids + count * 24;
  const large = offsets + count * 4;
  if (idx.length < large) return null;
  const entries = [];
  for (let i = 0; i < count; i++) {
    const small = idx.readUInt32BE(offsets + i * 4);
    const at = large + (small & 0x7fffffff) * 8;
    const offset =
      small & 0x80000000 ? (at + 8 <= idx.length ? Number(idx.readBigUInt64BE(at)) : -1) : small;
    const oid = idx.subarray(oids + i * 20, oids + i * 20 + 20).toString('hex');
    entries.push({ oid, offset });
  }
  return entries;
}

/** A variable-length size: 7 bits a byte, low bits first, the high bit saying more follow. */
function readSize(bytes: Uint8Array, at: number, shift: number, start: number): [number, number] {
  let size = start;
  let pos = at;
  let byte = 0x80;
  while (byte & 0x80 && pos < bytes.length) {
    byte = bytes[pos++] ?? 0;
    size += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  }
  return [size, pos];
}

/** The size of the object a pack entry makes (0 when its offset lies outside the pack: git refuses it). */
function entrySize(pack: Buffer, offset: number): number {
  if (offset < 12 || offset >= pack.length) return 0; // not ours to judge: git refuses it
  const first = pack[offset] ?? 0;
  const type = (first >> 4) & 7;
  const [size, afterHeader] =
    first & 0x80 ? readSize(pack, offset + 1, 4, first & 15) : [first & 15, offset + 1];
  let pos = afterHeader;
  if (type !== OFS_DELTA && type !== REF_DELTA) return size;
  if (type === REF_DELTA) pos += 20;
  else while ((pack[pos++] ?? 0) & 0x80 && pos < pack.length); // the base's distance back
  // The delta's data begins with the base's size and the size of the object it makes.
  let head: Buffer;
  try {
    head = inflateSync(pack.subarray(pos, pos + 64), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return size; // not zlib data: git refuses it
  }
  const [, afterBase] = readSize(head, 0, 0, 0);
  const [made] = readSize(head, afterBase, 0, 0);
  return Math.max(size, made);
}

/** Whether the object's content (after its `<type> <size>\0` header) is longer than `limit`. */
function inflatesBeyond(bytes: Uint8Array, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let header = -1;
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      if (header < 0) header = chunk.indexOf(0) + 1;
      total += chunk.length;
      if (total - header <= limit) return;
      inflate.destroy();
      resolve(true);
    });
    inflate.on('end', () => resolve(false));
    inflate.on('error', () => resolve(false));
    inflate.end(bytes);
  });
}
