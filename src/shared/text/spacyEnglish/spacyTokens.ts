import type { ChunkSplitter } from './createChunkSplitter';

/**
 * Tokens as parallel arrays (no object per token): UTF-16 and code point extents, whether
 * one space follows (spaCy's `whitespace_ == ' '`) and whether the token is whitespace.
 * For a text without astral characters `start`/`end` are the very arrays `start16`/`end16`.
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

  /**
   * `capacity`: the tokens expected, when known (the arrays still grow past it). `astral`:
   * whether the text has a character beyond the BMP; without one, code point offsets are
   * UTF-16 offsets and one pair of arrays holds both (half the writes of every token).
   */
  constructor(
    capacity = 64,
    readonly astral = true,
  ) {
    const size = Math.max(16, capacity);
    this.start16 = new Int32Array(size);
    this.end16 = new Int32Array(size);
    this.start = astral ? new Int32Array(size) : this.start16;
    this.end = astral ? new Int32Array(size) : this.end16;
    this.spaceAfter = new Uint8Array(size);
    this.isSpace = new Uint8Array(size);
  }

  push(s16: number, e16: number, s: number, e: number, space: boolean): void {
    if (this.count === this.start16.length) this.grow();
    const i = this.count++;
    this.start16[i] = s16;
    this.end16[i] = e16;
    if (this.astral) {
      this.start[i] = s;
      this.end[i] = e;
    }
    this.isSpace[i] = space ? 1 : 0;
  }

  /**
   * Appends the tokens of a plain run text[from, to) (see `plainRun`): words of letters
   * beyond no surrogate, each maybe with a comma token, the last token of each followed by
   * one space. `delta`: code point offset minus UTF-16 offset, the same all through the run.
   */
  plainWords(text: string, from: number, to: number, delta: number): void {
    if (this.count + (to - from) > this.start16.length) this.grow(this.count + (to - from));
    const { start16, end16, start, end, spaceAfter, astral } = this;
    let n = this.count;
    // The hot loop of tokenizing: one native search a word, no call and no object per token.
    for (let s = from; s < to;) {
      const space = text.indexOf(' ', s);
      const e = text.charCodeAt(space - 1) === 44 ? space - 1 : space;
      start16[n] = s;
      end16[n] = e;
      if (astral) {
        start[n] = s + delta;
        end[n] = e + delta;
      }
      if (e < space) {
        n++;
        start16[n] = e;
        end16[n] = space;
        if (astral) {
          start[n] = e + delta;
          end[n] = space + delta;
        }
      }
      spaceAfter[n] = 1;
      n++;
      s = space + 1;
    }
    this.count = n;
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
    this.start = this.astral ? int(this.start) : this.start16;
    this.end = this.astral ? int(this.end) : this.end16;
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
    if (this.astral) {
      this.start.set(tokens.start.subarray(from, to), at);
      this.end.set(tokens.end.subarray(from, to), at);
    }
    this.spaceAfter.set(tokens.spaceAfter.subarray(from, to), at);
    this.isSpace.set(tokens.isSpace.subarray(from, to), at);
    this.count += n;
  }

  done(): SpacyTokens {
    const n = this.count;
    const start16 = this.start16.subarray(0, n);
    const end16 = this.end16.subarray(0, n);
    return {
      count: n,
      start16,
      end16,
      start: this.astral ? this.start.subarray(0, n) : start16,
      end: this.astral ? this.end.subarray(0, n) : end16,
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
 * A run of characters Python's `str.isspace()` is false for (`isPythonSpace`): the
 * chunks spaCy splits. Found by the regex engine, not a loop per character, so the first
 * text a process tokenizes does not run that loop unoptimized.
 */
// eslint-disable-next-line no-control-regex -- U+001C–U+001F are whitespace to Python, as isPythonSpace says
const CHUNK = /[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** A UTF-16 surrogate: without one, code point offsets are UTF-16 offsets. */
const SURROGATE = /[\ud800-\udfff]/;

/** Tokens of a text as spaCy's affix rules make them, and where special patterns may start. */
export interface AffixedTokens {
  readonly tokens: SpacyTokens;
  /**
   * Pairs `[from, to)` of token indices, in order, outside every plain run: no special
   * pattern starts at a token of a plain run (see `plainRun`), so only these need a look.
   */
  readonly open: Int32Array;
}

/**
 * spaCy's `Tokenizer.__call__` over a whole text: runs of non-space characters are split
 * by `split`; a single ' ' after a token is folded into it (`spaceAfter`), any other
 * whitespace (a second space, a tab, CR, LF, a no-break space…) is a token of its own, so
 * the tokens and their `spaceAfter` rebuild the text exactly.
 * @example spacyTokens('a  b', split).count === 3 // 'a' (space after), ' ', 'b'
 */
export function spacyTokens(text: string, split: ChunkSplitter): SpacyTokens {
  return affixedTokens(text, split, null).tokens;
}

/**
 * {@link spacyTokens}, taking each run of plain words `plain` (from `plainRun`) matches
 * in one test of the regex engine instead of a chunk at a time: the same tokens.
 * @example affixedTokens('Iraq rejected it', split, plainRun(rules)).tokens.count === 3
 */
export function affixedTokens(
  text: string,
  split: ChunkSplitter,
  plain: RegExp | null,
): AffixedTokens {
  const astral = SURROGATE.test(text);
  const out = new TokenBuffer(text.length >> 2, astral); // English runs about 4.5 UTF-16 units a token
  const chunks = new RegExp(CHUNK); // its own lastIndex
  const run = plain ? new RegExp(plain) : null; // its own lastIndex
  const open: number[] = [];
  let opened = 0; // first token of the pair of `open` being made
  let cp = 0; // code point offset of `done`
  let done = 0; // UTF-16 offset up to which tokens are made
  for (let m = chunks.exec(text); m !== null; m = chunks.exec(text)) {
    const from = m.index;
    if (from > done) {
      cp = spaces(out, text, done, from, cp, astral);
      done = from;
    }
    if (run) {
      run.lastIndex = from;
      if (run.test(text)) {
        const to = run.lastIndex;
        if (out.count > opened) open.push(opened, out.count);
        out.plainWords(text, from, to, cp - from);
        opened = out.count;
        cp += to - from;
        done = to;
        chunks.lastIndex = to;
        continue;
      }
    }
    const pieces = split(m[0]);
    for (let p = 0; p < pieces.length; p++) {
      const to = done + (pieces[p] ?? 0);
      const cps = astral ? codePointsIn(text, done, to) : to - done;
      out.push(done, to, cp, cp + cps, false);
      cp += cps;
      done = to;
    }
  }
  if (done < text.length) spaces(out, text, done, text.length, cp, astral);
  if (out.count > opened) open.push(opened, out.count);
  return { tokens: out.done(), open: Int32Array.from(open) };
}

/**
 * The whitespace text[from, to) between two chunks (or at an end): a ' ' right after a
 * token is folded into it, the rest is one whitespace token. Returns the code point offset of `to`.
 */
function spaces(
  out: TokenBuffer,
  text: string,
  from: number,
  to: number,
  cp: number,
  astral: boolean,
): number {
  let at = from;
  let next = cp;
  if (out.count > 0 && text.charCodeAt(at) === 0x20) {
    out.spaceAfter[out.count - 1] = 1;
    at++;
    next++;
  }
  if (at === to) return next;
  const cps = astral ? codePointsIn(text, at, to) : to - at;
  out.push(at, to, next, next + cps, true);
  return next + cps;
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
  // Tokens whose code point offsets are their UTF-16 offsets (one pair of arrays) stay that way.
  const out = new TokenBuffer(capacity, tokens.start !== tokens.start16);
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
