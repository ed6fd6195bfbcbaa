import { Inflate, inflateSync } from 'fflate';
import { crc32 } from './crc32';
import { damagedZip, readZipDirectory, type ZipDirectoryEntry } from './zipDirectory';

/** Most bytes the entries Loupe reads from one archive (nested ones included) may inflate to. */
export const MAX_ZIP_INFLATED = 256 * 1024 * 1024;

/** Deflate's best: a 258-byte match in one bit, and a block's few bytes (1032:1, plus slack). */
const MOST_INFLATED_PER_BYTE = 1032;

/**
 * Compressed bytes inflated at once, into a buffer of the declared size: at most 66 MB of
 * work however the data lies. A longer entry is inflated {@link STEP} bytes at a time.
 */
const AT_ONCE = 1 << 16;
/** Compressed bytes handed to the inflater at a time (8 MB inflated at most), so a bomb stops soon after its size. */
const STEP = 1 << 13;

/** One entry of an archive: its name, and its bytes when it was asked for. */
export interface ZipEntry {
  readonly name: string;
  readonly bytes?: Uint8Array;
}

/** What a zip archive holds, or why it is not read. */
export type ZipContent = { readonly entries: readonly ZipEntry[] } | { readonly reason: string };

/**
 * Reads a zip archive by its central directory (see readZipDirectory, which refuses a damaged
 * one, ZIP64, too many entries and crafted names): every entry's name, and the bytes of those
 * `wanted` names (stored or deflated), each checked against its size and CRC-32. The directory
 * alone refuses the archive before anything is inflated when a wanted entry is encrypted,
 * compressed otherwise, declares a size its compressed bytes cannot hold, or the wanted entries
 * together declare more than `budget.left` (see zipDirectoryProblem); what is read is taken
 * from the budget, and an entry that inflates past its declared size is refused as it grows.
 * @example readZip(zipSync({ 'a.xmi': strToU8('<x/>') }), (n) => n.endsWith('.xmi')) → { entries: [{ name: 'a.xmi', bytes }] }
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  budget: { left: number } = { left: MAX_ZIP_INFLATED },
): ZipContent {
  const directory = readZipDirectory(bytes);
  if ('reason' in directory) return directory;
  const problem = zipDirectoryProblem(directory.entries, wanted, budget);
  if (problem) return { reason: problem };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const entries: ZipEntry[] = [];
  for (const { name, method, crc, packed, size, local } of directory.entries) {
    if (!wanted(name)) {
      entries.push({ name });
      continue;
    }
    if (u32(local) !== 0x04034b50) return { reason: damagedZip(`entry ${name}`) };
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > bytes.length) return { reason: damagedZip(`entry ${name} is cut short`) };
    const data = bytes.subarray(start, start + packed);
    const read = method === 0 ? data : inflated(data, size);
    if ('reason' in read) return { reason: damagedZip(`entry ${name}: ${read.reason}`) };
    if (read.length !== size || crc32(read) !== crc)
      return { reason: damagedZip(`entry ${name} does not match its size or checksum`) };
    budget.left -= read.length;
    entries.push({ name, bytes: read });
  }
  return { entries };
}

/**
 * Why the `wanted` entries of a central directory cannot be read, from the directory alone
 * (nothing inflated), or null: an encrypted entry, one compressed by a method other than store
 * or deflate, a size its compressed bytes cannot inflate to (a crafted header), or sizes that
 * together pass `budget.left`, named with the largest.
 * @example zipDirectoryProblem(entries, () => true, { left: 1000 }) → 'inflates to more than 256 MiB with the entries before, …'
 */
export function zipDirectoryProblem(
  entries: readonly ZipDirectoryEntry[],
  wanted: (name: string) => boolean,
  budget: { readonly left: number },
): string | null {
  const read = entries.filter((e) => wanted(e.name));
  for (const { name, flags, method } of read) {
    if ((flags & 1) !== 0)
      return `holds an encrypted entry (${name}); unzip it with its password first`;
    if (method !== 0 && method !== 8)
      return `holds ${name} compressed by method ${method}; Loupe reads stored and deflated entries`;
  }
  const total = read.reduce((sum, e) => sum + e.size, 0);
  if (total > budget.left) return tooLarge(read, total, budget);
  const lying = read.find(({ method, packed, size }) =>
    method === 0 ? size !== packed : size > packed * MOST_INFLATED_PER_BYTE + 1024,
  );
  if (!lying) return null;
  const what = lying.method === 0 ? 'though it is stored' : 'more than its deflated bytes can hold';
  return damagedZip(
    `entry ${lying.name} declares ${sizeText(lying.size)} from ${sizeText(lying.packed)}, ${what}`,
  );
}

/** Why entries declaring `total` bytes are not read, naming the largest. */
function tooLarge(read: readonly ZipDirectoryEntry[], total: number, budget: { left: number }) {
  const largest = [...read].sort((a, b) => b.size - a.size).slice(0, 3);
  const named = largest.map((e) => `${e.name}: ${sizeText(e.size)}`).join(', ');
  const more = read.length > largest.length ? ', …' : '';
  const before = budget.left < MAX_ZIP_INFLATED ? ' with the entries before' : '';
  return `inflates to more than ${sizeText(MAX_ZIP_INFLATED)}${before}, more than Loupe reads from one archive: the entries it would read declare ${sizeText(total)} (${named}${more}); unzip it and import the files in parts`;
}

/** A size as a person reads it: `200 MiB`, `12 KiB`, `40 bytes`. */
function sizeText(bytes: number): string {
  if (bytes >= 1 << 20) return `${Math.round(bytes / (1 << 20))} MiB`;
  if (bytes >= 1 << 10) return `${Math.round(bytes / (1 << 10))} KiB`;
  return `${bytes} bytes`;
}

/** A raw deflate stream inflated to at most `size` bytes, or why not. */
function inflated(data: Uint8Array, size: number): Uint8Array | { reason: string } {
  return data.length <= AT_ONCE ? inflatedAtOnce(data, size) : inflatedInSteps(data, size);
}

/**
 * A short stream inflated straight into a buffer one byte longer than it declares:
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
