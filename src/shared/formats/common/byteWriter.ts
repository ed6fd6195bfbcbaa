import type { FormatFile } from './format';
import { giveBackBuffer, takeSpareBuffer } from './spareBuffers';

const encoder = new TextEncoder();
// A byte-order mark written (a file that had one, written back) stays in the decoded text.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const HEX = '0123456789abcdef';

/**
 * Builds a large UTF-8 output in one growing byte buffer, then decodes it once: token
 * formats write hundreds of thousands of tiny pieces (a token, a tag, an offset), and one
 * string per piece is what made them slow (allocation and garbage collection), so this is
 * hand-written rather than a string builder from a library.
 * @example const w = new ByteWriter(); w.ascii('{"id":'); w.int(3); w.ascii('}'); w.toString() === '{"id":3}'
 */
export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private dataView: DataView | null = null;

  /** Makes room for about `n` more bytes at once, when a writer can tell (saves growing by doubling). */
  reserve(n: number): void {
    this.room(n);
  }

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = takeSpareBuffer(size) ?? new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
    this.dataView = null;
  }

  /** Appends a string known to be ASCII (syntax, tags, numbers as text). */
  ascii(s: string): void {
    this.room(s.length);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** Appends any string as UTF-8. */
  text(s: string): void {
    this.room(s.length * 3);
    this.length += encoder.encodeInto(s, this.buffer.subarray(this.length)).written;
  }

  /** Appends bytes already encoded (a tag line written for every token, encoded once). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    if (b.length > 32) {
      this.buffer.set(b, this.length);
      this.length += b.length;
      return;
    }
    const out = this.buffer;
    let at = this.length;
    for (let i = 0; i < b.length; i++) out[at++] = b[i] ?? 0;
    this.length = at;
  }

  /** The UTF-8 bytes of a string, to pass to {@link bytes} many times. */
  static encode(s: string): Uint8Array {
    return encoder.encode(s);
  }

  /** Appends a non-negative integer in decimal. */
  int(n: number): void {
    if (n > 0xffffffff || n < 0 || n !== Math.floor(n)) {
      this.ascii(String(n));
      return;
    }
    this.room(10);
    this.length = writeInt(this.buffer, this.length, n);
  }

  /** Appends text[from, to) (UTF-16 indices) as UTF-8, or as a JSON string with its quotes. */
  slice(text: string, from: number, to: number, json = false): void {
    this.room((to - from) * 6 + 2);
    this.length = writeSlice(this.buffer, this.length, text, from, to, json);
  }

  /**
   * For hot loops: the buffer with room for `n` more bytes from {@link end}; write into it
   * (with {@link writeSlice}, {@link writeInt}) and hand the new end to {@link commit}.
   */
  claim(n: number): Uint8Array {
    this.room(n);
    return this.buffer;
  }

  /**
   * The buffer of the last {@link claim} as a DataView, for hot loops that store constant
   * syntax four bytes at a time ({@link littleEndianWords}) and integers two digits at a time
   * ({@link writeIntView}). Valid until the next claim.
   */
  get view(): DataView {
    this.dataView ??= new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length);
    return this.dataView;
  }

  /** Where the next byte goes. */
  get end(): number {
    return this.length;
  }

  /** Ends a {@link claim}: bytes up to `end` are written. */
  commit(end: number): void {
    this.length = end;
  }

  /** Drops the line breaks (LF, and CR before them) the bytes written end with. */
  dropLineBreaksAtEnd(): void {
    while (
      this.length > 0 &&
      (this.buffer[this.length - 1] === 10 || this.buffer[this.length - 1] === 13)
    )
      this.length--;
  }

  /** The bytes written, decoded. */
  toString(): string {
    return decoder.decode(this.buffer.subarray(0, this.length));
  }

  /**
   * The bytes written as a file: `bytes` (not enumerable, so the file stays JSON data) is
   * what gets written to disk, `content` is decoded only when something reads it, which
   * saves a decode and an encode of every large export written straight to disk. The
   * file's `release` gives the buffer to the next writer; reading the file after it throws.
   * The writer starts over empty.
   */
  toFile(path: string): FormatFile {
    const buffer = this.buffer;
    let bytes: Uint8Array | null = buffer.subarray(0, this.length);
    this.buffer = new Uint8Array(64);
    this.length = 0;
    this.dataView = null;
    let content: string | undefined;
    const live = (): Uint8Array => {
      if (!bytes)
        throw new Error(
          `${path} was released: an export's files are read before they are released`,
        );
      return bytes;
    };
    const file = {
      path,
      get content(): string {
        content ??= decoder.decode(live());
        return content;
      },
    };
    Object.defineProperty(file, 'bytes', { get: live, enumerable: false });
    Object.defineProperty(file, 'release', {
      value: (): void => {
        if (!bytes) return;
        bytes = null;
        content = undefined;
        giveBackBuffer(buffer);
      },
      enumerable: false,
    });
    return file;
  }
}

/** "00" to "99": the two digits of each number below 100, as bytes. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + Math.floor(i / 10);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** "00" to "99" as 16-bit little-endian words: the two digit bytes of each number below 100 in one store. */
const PAIR_WORDS = new Uint16Array(100);
for (let i = 0; i < 100; i++) PAIR_WORDS[i] = (48 + Math.floor(i / 10)) | ((48 + (i % 10)) << 8);

/** {@link writeInt} through a DataView ({@link ByteWriter.view}): two digits a store; returns the end. */
export function writeIntView(view: DataView, at: number, n: number): number {
  const digits = decimalDigits(n);
  let i = at + digits;
  let rest = n;
  while (rest >= 100) {
    const q = (rest / 100) >>> 0;
    i -= 2;
    view.setUint16(i, PAIR_WORDS[rest - q * 100] ?? 0, true);
    rest = q;
  }
  if (rest >= 10) view.setUint16(i - 2, PAIR_WORDS[rest] ?? 0, true);
  else view.setUint8(i - 1, 48 + rest);
  return at + digits;
}

/**
 * Little-endian 32-bit words that store `ascii` (4 to 24 bytes) with one `setUint32` each:
 * at offsets 0, 4, 8… and the last at `length - 4`, overlapping the one before it.
 * @example littleEndianWords(',"id":') → [0x6469222c, 0x3a226469] // at 0 and 2
 */
export function littleEndianWords(ascii: string): number[] {
  const bytes = encoder.encode(ascii);
  if (bytes.length < 4 || bytes.length > 24) throw new RangeError(`${ascii}: 4 to 24 bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const words: number[] = [];
  for (let at = 0; at + 4 < bytes.length; at += 4) words.push(view.getUint32(at, true));
  words.push(view.getUint32(bytes.length - 4, true));
  return words;
}

/** 10⁰ … 10⁹, for {@link decimalDigits}. */
const POWERS_OF_TEN = Float64Array.of(1, 10, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9);

/**
 * Decimal digits of a 32-bit unsigned integer: log10 estimated from the bit length, set
 * right by one comparison. No branch per magnitude: in the first export of a process a
 * branch first taken late (the first offset past a million) throws V8's optimized code away.
 */
function decimalDigits(n: number): number {
  const m = (n | 1) >>> 0; // 0 has one digit, like 1; no power of ten above 1 is odd
  const guess = ((32 - Math.clz32(m)) * 1233) >>> 12; // 1233 / 4096 ≈ log10(2)
  return guess + (m < (POWERS_OF_TEN[guess] ?? 0) ? 0 : 1);
}

/** Writes n (a 32-bit unsigned integer) in decimal at `at` (up to 10 bytes), two digits a step; returns the end. */
export function writeInt(b: Uint8Array, at: number, n: number): number {
  const digits = decimalDigits(n);
  let i = at + digits;
  let rest = n;
  while (rest >= 100) {
    const q = (rest / 100) >>> 0;
    const pair = (rest - q * 100) << 1;
    b[--i] = PAIRS[pair + 1] ?? 0;
    b[--i] = PAIRS[pair] ?? 0;
    rest = q;
  }
  if (rest >= 10) {
    b[--i] = PAIRS[(rest << 1) + 1] ?? 0;
    b[--i] = PAIRS[rest << 1] ?? 0;
  } else b[--i] = 48 + rest;
  return at + digits;
}

/**
 * Writes text[from, to) (UTF-16 indices) at `at` as UTF-8, or as a JSON string with its
 * quotes (escaped as JSON.stringify does); needs (to - from) * 6 + 2 bytes; returns the end.
 */
export function writeSlice(
  b: Uint8Array,
  start: number,
  text: string,
  from: number,
  to: number,
  json: boolean,
): number {
  let at = start;
  if (json) b[at++] = 34;
  at = writeChars(b, at, text, from, to, json);
  if (json) b[at++] = 34;
  return at;
}

/**
 * {@link writeSlice} without the quotes: text[from, to) as UTF-8, JSON-escaped when `json`
 * (for a writer that puts the quotes into the syntax around it); returns the end.
 */
export function writeChars(
  b: Uint8Array,
  start: number,
  text: string,
  from: number,
  to: number,
  json: boolean,
): number {
  let at = start;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (json && (c === 34 || c === 92 || c < 0x20)) {
        at = escape(b, at, c);
        continue;
      }
      b[at++] = c;
    } else if (c < 0x800) {
      b[at++] = 0xc0 | (c >> 6);
      b[at++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLow(text.charCodeAt(i + 1))) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      b[at++] = 0xf0 | (cp >> 18);
      b[at++] = 0x80 | ((cp >> 12) & 63);
      b[at++] = 0x80 | ((cp >> 6) & 63);
      b[at++] = 0x80 | (cp & 63);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      at = json ? escape(b, at, c) : put(b, at, 0xfffd); // a lone surrogate, as JSON.stringify writes it
    } else at = put(b, at, c);
  }
  return at;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A three-byte UTF-8 sequence (U+0800–U+FFFF). */
function put(b: Uint8Array, at: number, c: number): number {
  b[at++] = 0xe0 | (c >> 12);
  b[at++] = 0x80 | ((c >> 6) & 63);
  b[at++] = 0x80 | (c & 63);
  return at;
}

/** JSON's escape of a character: `\"`, `\\`, `\n`…, else `\u00XX`. */
function escape(b: Uint8Array, at: number, c: number): number {
  b[at++] = 92;
  const short =
    c === 34
      ? 34
      : c === 92
        ? 92
        : c === 8
          ? 98
          : c === 12
            ? 102
            : c === 10
              ? 110
              : c === 13
                ? 114
                : c === 9
                  ? 116
                  : 0;
  if (short) {
    b[at++] = short;
    return at;
  }
  b[at++] = 117;
  for (const shift of [12, 8, 4, 0]) b[at++] = HEX.charCodeAt((c >> shift) & 15);
  return at;
}
