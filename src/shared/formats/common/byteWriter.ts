const encoder = new TextEncoder();
const decoder = new TextDecoder();
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

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  /** Appends a string known to be ASCII (syntax, tags, numbers as text). */
  ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buffer[this.length++] = s.charCodeAt(i);
  }

  /** Appends any string as UTF-8. */
  text(s: string): void {
    this.room(s.length * 3);
    this.length += encoder.encodeInto(s, this.buffer.subarray(this.length)).written;
  }

  /** Appends bytes already encoded (a tag line written for every token, encoded once). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }

  /** The UTF-8 bytes of a string, to pass to {@link bytes} many times. */
  static encode(s: string): Uint8Array {
    return encoder.encode(s);
  }

  /** Appends a non-negative integer in decimal. */
  int(n: number): void {
    if (n > 0xffffffff) {
      this.ascii(String(n));
      return;
    }
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.room(digits);
    let at = this.length + digits;
    this.length = at;
    let rest = n;
    do {
      this.buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Appends text[from, to) (UTF-16 indices) as UTF-8, or as a JSON string with its quotes. */
  slice(text: string, from: number, to: number, json = false): void {
    this.room((to - from) * 6 + 2);
    const b = this.buffer;
    let at = this.length;
    if (json) b[at++] = 34;
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
    if (json) b[at++] = 34;
    this.length = at;
  }

  /** The bytes written, decoded. */
  toString(): string {
    return decoder.decode(this.buffer.subarray(0, this.length));
  }
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
