import { strFromU8 } from 'fflate';

/**
 * Most entries Loupe lists in one zip archive: an INCEpTION project export of 10,000 documents
 * of one annotator (five entries each); more is refused (an archive to split, or a bomb of names).
 */
export const MAX_ZIP_ENTRIES = 50_000;

/** The end-of-central-directory record: 22 bytes, then a comment of at most 64 KiB. */
const END_RECORD = 22;
/** The most an archive's end record can lie from its end: where a reader of its tail looks. */
export const ZIP_TAIL_BYTES = END_RECORD + 0xffff;

/** What a zip archive's central directory says of one entry (a folder entry is left out). */
export interface ZipDirectoryEntry {
  readonly name: string;
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  /** Bytes in the archive. */
  readonly packed: number;
  /** Bytes once inflated, as declared. */
  readonly size: number;
  /** Where its local header starts in the archive. */
  readonly local: number;
}

/** An archive's central directory, or why it cannot be read. */
export type ZipDirectory =
  { readonly entries: readonly ZipDirectoryEntry[] } | { readonly reason: string };

/**
 * Where an archive's central directory starts, from its end record among `tail`: the
 * archive's last bytes (at least its last {@link ZIP_TAIL_BYTES} when it is longer), which
 * start at byte `start` of the archive. A reader of a file reads from there on, and no more.
 * @example zipDirectoryStart(bytes.subarray(-ZIP_TAIL_BYTES), bytes.length - ZIP_TAIL_BYTES) → { at: 1234 }
 */
export function zipDirectoryStart(
  tail: Uint8Array,
  start: number,
): { readonly at: number } | { readonly reason: string } {
  const end = endRecord(tail, start);
  return 'reason' in end ? end : { at: end.at };
}

/**
 * Lists an archive's central directory, from `bytes`: the archive from its byte `start` on
 * (the whole archive, or from {@link zipDirectoryStart} on). Refused with the reason: no
 * end record (not a zip archive), ZIP64, more than {@link MAX_ZIP_ENTRIES} entries, a directory
 * cut short, an entry name that is absolute, has a `..` segment or a NUL (names are only ever
 * shown, never written to, but such a name means a crafted archive), or a name two entries
 * share (unzipped, one would overwrite the other; read, their annotations would merge unseen).
 * @example readZipDirectory(zipSync({ 'a.xmi': strToU8('<x/>') })) → { entries: [{ name: 'a.xmi', method: 8, size: 4, … }] }
 */
export function readZipDirectory(bytes: Uint8Array, start = 0): ZipDirectory {
  const end = endRecord(bytes, start);
  if ('reason' in end) return end;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const entries: ZipDirectoryEntry[] = [];
  const seen = new Map<string, number>();
  let at = end.at - start;
  for (let i = 0; i < end.count; i++) {
    if (u32(at) !== 0x02014b50) return { reason: damagedZip(`entry ${i + 1} of the directory`) };
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > bytes.length) return { reason: damagedZip(`entry ${i + 1} of the directory`) };
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    const unsafe = unsafeName(name);
    if (unsafe) return { reason: `holds an entry named ${JSON.stringify(name)}, ${unsafe}` };
    const first = seen.get(name);
    if (first !== undefined)
      return {
        reason: `holds two entries named ${JSON.stringify(name)} (entries ${first} and ${i + 1}), of which unzipping keeps only one; make a new archive from the files you mean`,
      };
    if (!name.endsWith('/')) {
      seen.set(name, i + 1);
      entries.push({
        name,
        flags,
        method: u16(at + 10),
        crc: u32(at + 16),
        packed: u32(at + 20),
        size: u32(at + 24),
        local: u32(at + 42),
      });
    }
    at = next;
  }
  return { entries };
}

/** Why an archive is refused as damaged. */
export function damagedZip(where: string): string {
  return `is a damaged zip archive (${where}); download or copy it again`;
}

/** The end record among `bytes` (which start at byte `start` of the archive): entries and where the directory starts. */
function endRecord(
  bytes: Uint8Array,
  start: number,
): { readonly count: number; readonly at: number } | { readonly reason: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - END_RECORD;
  const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
  while (end >= lowest && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < lowest) return { reason: damagedZip('no end of central directory: not a zip archive') };
  const count = view.getUint16(end + 10, true);
  const at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff)
    return { reason: 'is a ZIP64 archive, larger than Loupe reads; unzip it and import the files' };
  if (count > MAX_ZIP_ENTRIES)
    return {
      reason: `holds ${count} entries, more than the ${MAX_ZIP_ENTRIES} Loupe reads from one archive; unzip it and import the files in parts`,
    };
  if (at > start + end) return { reason: damagedZip('its directory lies past its end') };
  return { count, at };
}

/** Why an entry name marks a crafted archive, or undefined. */
function unsafeName(name: string): string | undefined {
  if (name.includes('\0')) return 'which holds a NUL character';
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return 'an absolute path';
  if (name.split(/[/\\]/).includes('..')) return 'which leads out of the archive (..)';
  return undefined;
}
