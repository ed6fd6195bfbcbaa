import type { SpacyTokens } from './spacyEnglish';
import { surrogatePairAt } from './surrogatePairAt';

const SPACE = 32;
const LINE_FEED = 10;

/**
 * The tokens of a text already tokenized by its source (an imported CoNLL file: its tokens
 * joined by one space, its sentences by a line break): every run of characters other than
 * a space or a line feed is a token, as the source had it (`U.S.`, `n't`, `(EFE)` stay
 * whole). Whitespace follows spaCy's `Doc(words, spaces)`: one space after a token is its
 * `spaceAfter`, any other whitespace (a line feed, a second space) a whitespace token.
 * @example spacedTokens('U.S. troops\nleave') // U.S. (space after), troops, '\n' (whitespace), leave
 */
export function spacedTokens(text: string): SpacyTokens {
  const buffer = new Buffer16(text.length >> 2);
  let cp = 0; // code point offset of i
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === LINE_FEED) {
      // A run of separators: one space after a word is that word's; the rest is whitespace.
      let j = i;
      while (j < text.length && isSeparator(text.charCodeAt(j))) j++;
      let from = i;
      if (c === SPACE && buffer.count > 0 && buffer.isSpace[buffer.count - 1] === 0) {
        buffer.spaceAfter[buffer.count - 1] = 1;
        from++;
      }
      if (j > from) buffer.push(from, j, cp + (from - i), cp + (j - i), true);
      cp += j - i;
      i = j;
      continue;
    }
    let j = i;
    let cps = 0;
    while (j < text.length && !isSeparator(text.charCodeAt(j))) {
      j += surrogatePairAt(text, j) ? 2 : 1;
      cps++;
    }
    buffer.push(i, j, cp, cp + cps, false);
    cp += cps;
    i = j;
  }
  return buffer.tokens(cp !== text.length);
}

function isSeparator(unit: number): boolean {
  return unit === SPACE || unit === LINE_FEED;
}

/** Growing parallel arrays of UTF-16 and code point extents. */
class Buffer16 {
  count = 0;
  start16: Int32Array;
  end16: Int32Array;
  start: Int32Array;
  end: Int32Array;
  spaceAfter: Uint8Array;
  isSpace: Uint8Array;

  constructor(capacity: number) {
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
    const k = this.count++;
    this.start16[k] = s16;
    this.end16[k] = e16;
    this.start[k] = s;
    this.end[k] = e;
    this.isSpace[k] = space ? 1 : 0;
  }

  private grow(): void {
    const size = this.start16.length * 2;
    const wider = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(a);
      return next;
    };
    this.start16 = wider(this.start16, (n) => new Int32Array(n));
    this.end16 = wider(this.end16, (n) => new Int32Array(n));
    this.start = wider(this.start, (n) => new Int32Array(n));
    this.end = wider(this.end, (n) => new Int32Array(n));
    this.spaceAfter = wider(this.spaceAfter, (n) => new Uint8Array(n));
    this.isSpace = wider(this.isSpace, (n) => new Uint8Array(n));
  }

  /** The tokens; without astral characters code point offsets are the UTF-16 ones (one pair of arrays). */
  tokens(astral: boolean): SpacyTokens {
    const n = this.count;
    const start16 = this.start16.subarray(0, n);
    const end16 = this.end16.subarray(0, n);
    return {
      count: n,
      start16,
      end16,
      start: astral ? this.start.subarray(0, n) : start16,
      end: astral ? this.end.subarray(0, n) : end16,
      spaceAfter: this.spaceAfter.subarray(0, n),
      isSpace: this.isSpace.subarray(0, n),
    };
  }
}
