import type { z } from 'zod';
import { itemAt } from '../collections';

/**
 * A Unicode code point offset: what Python's `text[start:end]` counts, and the unit of every
 * offset on disk and in every export. Branded, so the compiler refuses a UTF-16 offset or a
 * ProseMirror position where a code point offset belongs; {@link codePoints} makes one.
 */
export type CodePointOffset = number & z.$brand<'CodePointOffset'>;
/** A UTF-16 code unit offset: what JavaScript strings and the DOM count. */
export type Utf16Offset = number & z.$brand<'Utf16Offset'>;
/** A UTF-8 byte offset into the encoded text. */
export type Utf8Offset = number & z.$brand<'Utf8Offset'>;

/** A number known to count code points. @example codePoints(text.length) when the text has no astral characters */
export function codePoints(n: number): CodePointOffset {
  return n as CodePointOffset;
}

/** A number known to count UTF-16 code units (a JavaScript string index). @example utf16Units(text.indexOf('x')) */
export function utf16Units(n: number): Utf16Offset {
  return n as Utf16Offset;
}

/** A number known to count UTF-8 bytes. @example utf8Bytes(buffer.length) */
export function utf8Bytes(n: number): Utf8Offset {
  return n as Utf8Offset;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when the UTF-16 units at `at` and `at + 1` form one astral code point. */
function isPairAt(text: string, at: number): boolean {
  return (
    at + 1 < text.length &&
    isHighSurrogate(text.charCodeAt(at)) &&
    isLowSurrogate(text.charCodeAt(at + 1))
  );
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (itemAt(sorted, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Converts offsets of one text between code points, UTF-16 units and UTF-8 bytes in
 * O(log n) each, after one O(n) pass. A lone surrogate counts as one code point, as
 * Python's surrogateescape does.
 * @example createOffsetIndex('a😀b').toUtf16(2) === 3
 */
export interface OffsetIndex {
  readonly codePointLength: CodePointOffset;
  readonly utf16Length: Utf16Offset;
  toUtf16(at: CodePointOffset): Utf16Offset;
  /** A UTF-16 offset inside a surrogate pair rounds down to the pair's start. */
  toCodePoint(at: Utf16Offset): CodePointOffset;
  isUtf16Boundary(at: Utf16Offset): boolean;
}

/** Builds an {@link OffsetIndex} for `text`. */
export function createOffsetIndex(text: string): OffsetIndex {
  const pairsAtUtf16: number[] = [];
  const pairsAtCodePoint: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isPairAt(text, i)) {
      pairsAtCodePoint.push(i - pairsAtUtf16.length);
      pairsAtUtf16.push(i);
      i++;
    }
  }
  const utf16Length = utf16Units(text.length);
  const codePointLength = codePoints(utf16Length - pairsAtUtf16.length);
  return {
    codePointLength,
    utf16Length,
    toUtf16(at) {
      checkRange(at, codePointLength, 'code point');
      return utf16Units(at + lowerBound(pairsAtCodePoint, at));
    },
    toCodePoint(at) {
      checkRange(at, utf16Length, 'UTF-16');
      const before = lowerBound(pairsAtUtf16, at);
      const inside = before > 0 && pairsAtUtf16[before - 1] === at - 1;
      return codePoints(inside ? at - 1 - (before - 1) : at - before);
    },
    isUtf16Boundary(at) {
      if (at < 0 || at > utf16Length || !Number.isInteger(at)) return false;
      const before = lowerBound(pairsAtUtf16, at);
      return !(before > 0 && pairsAtUtf16[before - 1] === at - 1);
    },
  };
}

function checkRange(at: number, length: number, unit: string): void {
  if (!Number.isInteger(at) || at < 0 || at > length) {
    throw new RangeError(`${unit} offset ${at} is outside 0..${length}`);
  }
}

/** Number of code points in `text`. @example codePointLength('😀') === 1 */
export function codePointLength(text: string): CodePointOffset {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    if (isPairAt(text, i)) {
      length--;
      i++;
    }
  }
  return codePoints(length);
}

/** UTF-16 offset of a code point offset. @example toUtf16('😀a', 1) === 2 */
export function toUtf16(text: string, at: CodePointOffset): Utf16Offset {
  return createOffsetIndex(text).toUtf16(at);
}

/** Code point offset of a UTF-16 offset (inside a pair rounds down). @example toCodePoint('😀a', 2) === 1 */
export function toCodePoint(text: string, at: Utf16Offset): CodePointOffset {
  return createOffsetIndex(text).toCodePoint(at);
}

function utf8Width(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** UTF-8 byte offset of a code point offset; a lone surrogate counts 3 bytes (WTF-8). @example toUtf8('é', 1) === 2 */
export function toUtf8(text: string, at: CodePointOffset): Utf8Offset {
  let bytes = 0;
  let seen = 0;
  for (const char of text) {
    if (seen === at) return utf8Bytes(bytes);
    bytes += utf8Width(char.codePointAt(0) ?? 0);
    seen++;
  }
  checkRange(at, seen, 'code point');
  return utf8Bytes(bytes);
}

/** Code point offset of a UTF-8 byte offset; it must fall on a character boundary. @example fromUtf8('é', 2) === 1 */
export function fromUtf8(text: string, at: Utf8Offset): CodePointOffset {
  let bytes = 0;
  let seen = 0;
  for (const char of text) {
    if (bytes === at) return codePoints(seen);
    if (bytes > at) break;
    bytes += utf8Width(char.codePointAt(0) ?? 0);
    seen++;
  }
  if (bytes === at) return codePoints(seen);
  throw new RangeError(`UTF-8 offset ${at} is not a character boundary of the text`);
}

/** Python's `text[start:end]` for code point offsets. @example sliceCodePoints('😀ab', 1, 2) === 'a' */
export function sliceCodePoints(
  text: string,
  start: CodePointOffset,
  end: CodePointOffset,
): string {
  const index = createOffsetIndex(text);
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}
