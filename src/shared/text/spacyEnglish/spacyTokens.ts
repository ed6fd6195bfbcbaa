import type { ChunkSplitter } from './createChunkSplitter';
import { isPythonSpace } from './isPythonSpace';

/**
 * Tokens as parallel arrays (no object per token): UTF-16 and code point extents, whether
 * one space follows (spaCy's `whitespace_ == ' '`) and whether the token is whitespace.
 */
export interface SpacyTokens {
  readonly count: number;
  readonly start16: Int32Array;
  readonly end16: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly spaceAfter: Uint8Array;
  readonly isSpace: Uint8Array;
}

class TokenBuffer {
  count = 0;
  start16: Int32Array;
  end16: Int32Array;
  start: Int32Array;
  end: Int32Array;
  spaceAfter: Uint8Array;
  isSpace: Uint8Array;

  /** `capacity`: the tokens expected, when known (the arrays still grow past it). */
  constructor(capacity = 64) {
    const size = Math.max(16, capacity);
    this.start16 = new Int32Array(size);
    this.end16 = new Int32Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.spaceAfter = new Uint8Array(size);
    this.isSpace = new Uint8Array(size);
  }

  push(s16: number, e16: number, s: number, e: number, space: boolean): void {
    if (this.count === this.start16.length) this.grow();
    const i = this.count++;
    this.start16[i] = s16;
    this.end16[i] = e16;
    this.start[i] = s;
    this.end[i] = e;
    this.isSpace[i] = space ? 1 : 0;
  }

  grow(least = 0): void {
    let size = this.start16.length * 2;
    while (size < least) size *= 2;
    const int = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const byte = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.start16 = int(this.start16);
    this.end16 = int(this.end16);
    this.start = int(this.start);
    this.end = int(this.end);
    this.spaceAfter = byte(this.spaceAfter);
    this.isSpace = byte(this.isSpace);
  }

  /** Appends tokens [from, to) of `tokens` as they are, array by array (no loop per token). */
  copy(tokens: SpacyTokens, from: number, to: number): void {
    if (to <= from) return;
    const n = to - from;
    if (this.count + n > this.start16.length) this.grow(this.count + n);
    const at = this.count;
    this.start16.set(tokens.start16.subarray(from, to), at);
    this.end16.set(tokens.end16.subarray(from, to), at);
    this.start.set(tokens.start.subarray(from, to), at);
    this.end.set(tokens.end.subarray(from, to), at);
    this.spaceAfter.set(tokens.spaceAfter.subarray(from, to), at);
    this.isSpace.set(tokens.isSpace.subarray(from, to), at);
    this.count += n;
  }

  done(): SpacyTokens {
    const n = this.count;
    return {
      count: n,
      start16: this.start16.subarray(0, n),
      end16: this.end16.subarray(0, n),
      start: this.start.subarray(0, n),
      end: this.end.subarray(0, n),
      spaceAfter: this.spaceAfter.subarray(0, n),
      isSpace: this.isSpace.subarray(0, n),
    };
  }
}

/** Code points in text[from, to): UTF-16 units minus low surrogates. */
function codePointsIn(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/**
 * spaCy's `Tokenizer.__call__` over a whole text: runs of non-space characters are split
 * by `split`; a single ' ' after a token is folded into it (`spaceAfter`), any other
 * whitespace (a second space, a tab, CR, LF, a no-break space…) is a token of its own, so
 * the tokens and their `spaceAfter` rebuild the text exactly.
 * @example spacyTokens('a  b', split).count === 3 // 'a' (space after), ' ', 'b'
 */
export function spacyTokens(text: string, split: ChunkSplitter): SpacyTokens {
  const out = new TokenBuffer(text.length >> 2); // English runs about 4.5 UTF-16 units a token
  const n = text.length;
  if (n === 0) return out.done();
  let cp = 0; // code point offset of `start`
  let start = 0;
  let inWs = isPythonSpace(text.charCodeAt(0));
  const emit = (from: number, to: number, space: boolean): void => {
    if (space) {
      const cps = codePointsIn(text, from, to);
      out.push(from, to, cp, cp + cps, true);
      cp += cps;
      return;
    }
    const chunk = text.slice(from, to);
    let at = from;
    for (const length of split(chunk)) {
      const cps = codePointsIn(text, at, at + length);
      out.push(at, at + length, cp, cp + cps, false);
      cp += cps;
      at += length;
    }
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isPythonSpace(c) === inWs) continue;
    if (start < i) emit(start, i, inWs);
    if (c === 0x20) {
      out.spaceAfter[out.count - 1] = 1;
      cp += 1;
      start = i + 1;
    } else start = i;
    inWs = !inWs;
  }
  if (start < n) emit(start, n, inWs);
  return out.done();
}

/** Tokens `[start, end)` to be re-split into pieces of the given UTF-16 lengths. */
export interface TokenResplit {
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly number[];
}

/**
 * The tokens with each range (sorted, disjoint) re-split into its
 * pieces; the last piece keeps the range's space after, every piece its first token's kind.
 * @example resplitTokens('it:)', tokens, [{ start: 1, end: 3, pieces: [2] }]) // it, :)
 */
export function resplitTokens(
  text: string,
  tokens: SpacyTokens,
  resplits: readonly TokenResplit[],
): SpacyTokens {
  if (resplits.length === 0) return tokens;
  let capacity = tokens.count;
  for (const r of resplits) capacity += r.pieces.length - (r.end - r.start);
  const out = new TokenBuffer(capacity);
  let i = 0;
  for (const r of resplits) {
    out.copy(tokens, i, r.start); // the tokens between two ranges, copied in bulk
    let at16 = tokens.start16[r.start] ?? 0;
    let at = tokens.start[r.start] ?? 0;
    const space = tokens.isSpace[r.start] === 1;
    for (const length of r.pieces) {
      const cps = codePointsIn(text, at16, at16 + length);
      out.push(at16, at16 + length, at, at + cps, space);
      at16 += length;
      at += cps;
    }
    out.spaceAfter[out.count - 1] = tokens.spaceAfter[r.end - 1] ?? 0;
    i = r.end;
  }
  out.copy(tokens, i, tokens.count);
  return out.done();
}
