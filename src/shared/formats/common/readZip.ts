import { Inflate, inflateSync, strFromU8 } from 'fflate';

/** Most entries Loupe lists in one zip archive: more is refused (an archive to split, or a bomb of names). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Most bytes the entries Loupe reads from one archive (nested ones included) may inflate to. */
export const MAX_ZIP_INFLATED = 256 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time, so a bomb stops soon after the bound. */
const STEP = 1 << 16;

/** One entry of an archive: its name, and its bytes when it was asked for. */
export interface ZipEntry {
  readonly name: string;
  readonly bytes?: Uint8Array;
}

/** What a zip archive holds, or why it is not read. */
export type ZipContent = { readonly entries: readonly ZipEntry[] } | { readonly reason: string };

/**
 * Reads a zip archive by its central directory: every entry's name, and the bytes of those
 * `wanted` names (stored or deflated), each checked against its size and CRC-32. Refused
 * whole, with the reason: a damaged or encrypted archive, ZIP64, more than MAX_ZIP_ENTRIES
 * entries, wanted entries inflating past `budget.left` bytes (checked as they grow; what was
 * read is taken from the budget), or an entry name that is absolute, has a `..` segment or a
 * NUL (names are only ever shown, never written to, but such a name means a crafted archive),
 * or a name two entries share (one would hide the other).
 * @example readZip(zipSync({ 'a.xmi': strToU8('<x/>') }), (n) => n.endsWith('.xmi')) → { entries: [{ name: 'a.xmi', bytes }] }
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  budget: { left: number } = { left: MAX_ZIP_INFLATED },
): ZipContent {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= lowest && u32(end) !== 0x06054b50) end--;
  if (end < lowest) return { reason: DAMAGED('no end of central directory: not a zip archive') };
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff)
    return { reason: 'is a ZIP64 archive, larger than Loupe reads; unzip it and import the files' };
  if (count > MAX_ZIP_ENTRIES)
    return {
      reason: `holds ${count} entries, more than the ${MAX_ZIP_ENTRIES} Loupe reads from one archive; unzip it and import the files in parts`,
    };
  const entries: ZipEntry[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) return { reason: DAMAGED(`entry ${i + 1} of the directory`) };
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const [crc, packed, size] = [u32(at + 16), u32(at + 20), u32(at + 24)];
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    if (next > bytes.length) return { reason: DAMAGED(`entry ${i + 1} of the directory`) };
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    at = next;
    const unsafe = unsafeName(name);
    if (unsafe) return { reason: `holds an entry named ${JSON.stringify(name)}, ${unsafe}` };
    // Unzipped, one would overwrite the other; read, their annotations would be merged unseen.
    const first = seen.get(name);
    if (first !== undefined)
      return {
        reason: `holds two entries named ${JSON.stringify(name)} (entries ${first} and ${i + 1}), of which unzipping keeps only one; make a new archive from the files you mean`,
      };
    if (!name.endsWith('/')) seen.set(name, i + 1);
    if (name.endsWith('/') || !wanted(name)) {
      if (!name.endsWith('/')) entries.push({ name });
      continue;
    }
    if ((flags & 1) !== 0)
      return { reason: `holds an encrypted entry (${name}); unzip it with its password first` };
    if (size > budget.left) return { reason: tooLarge(budget) };
    if (u32(local) !== 0x04034b50) return { reason: DAMAGED(`entry ${name}`) };
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > bytes.length) return { reason: DAMAGED(`entry ${name} is cut short`) };
    const data = bytes.subarray(start, start + packed);
    const read = method === 0 ? data.slice() : method === 8 ? inflated(data, size, budget) : null;
    if (read === null)
      return {
        reason: `holds ${name} compressed by method ${method}; Loupe reads stored and deflated entries`,
      };
    if ('reason' in read) return { reason: DAMAGED(`entry ${name}: ${read.reason}`) };
    if (read.length !== size || crc32(read) !== crc)
      return { reason: DAMAGED(`entry ${name} does not match its size or checksum`) };
    if (method === 0) budget.left -= read.length;
    entries.push({ name, bytes: read });
  }
  return { entries };
}

/** Why an archive is refused as damaged. */
function DAMAGED(where: string): string {
  return `is a damaged zip archive (${where}); download or copy it again`;
}

function tooLarge(budget: { left: number }): string {
  return `inflates to more than ${MAX_ZIP_INFLATED / (1024 * 1024)} MiB${budget.left < MAX_ZIP_INFLATED ? ' (with the entries before)' : ''}, more than Loupe reads from one archive; unzip it and import the files in parts`;
}

/** Why an entry name marks a crafted archive, or undefined. */
function unsafeName(name: string): string | undefined {
  if (name.includes('\0')) return 'which holds a NUL character';
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return 'an absolute path';
  if (name.split(/[/\\]/).includes('..')) return 'which leads out of the archive (..)';
  return undefined;
}

/** A raw deflate stream inflated to at most `size` bytes (taken from the budget), or why not. */
function inflated(
  data: Uint8Array,
  size: number,
  budget: { left: number },
): Uint8Array | { reason: string } {
  const read = data.length <= STEP ? inflatedAtOnce(data, size) : inflatedInSteps(data, size);
  if (!('reason' in read)) budget.left -= read.length;
  return read;
}

/**
 * A small stream (one step) inflated straight into a buffer one byte longer than it declares:
 * fflate drops what would run past the buffer, so a lying size is seen (a byte lands in the
 * spare place, or a stored block does not fit: a RangeError) and never held.
 */
function inflatedAtOnce(data: Uint8Array, size: number): Uint8Array | { reason: string } {
  if (data.length === 0) return { reason: 'it ends early' };
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(size + 1) });
  } catch (error) {
    if (error instanceof RangeError) return { reason: PAST_SIZE };
    return { reason: `it does not inflate (${errorText(error)})` };
  }
  return out.length > size ? { reason: PAST_SIZE } : out;
}

/** A longer stream inflated a step at a time, stopping as soon as it runs past its size. */
function inflatedInSteps(data: Uint8Array, size: number): Uint8Array | { reason: string } {
  const out = new Uint8Array(size);
  let length = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > size)
      over = true; // a size that lies: never held past it
    else out.set(chunk, length);
    length += chunk.length;
    done ||= final;
  });
  try {
    for (let at = 0; at < data.length && !over; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    return { reason: `it does not inflate (${errorText(error)})` };
  }
  if (over) return { reason: PAST_SIZE };
  if (!done) return { reason: 'it ends early' };
  return out;
}

const PAST_SIZE = 'it inflates past the size it declares';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let table: Uint32Array | undefined;

/** The CRC-32 (IEEE) of bytes, as zip archives record it. */
function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
