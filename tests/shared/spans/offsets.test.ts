import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePoints,
  utf16Units,
  utf8Bytes,
  createOffsetIndex,
  fromUtf8,
  sliceCodePoints,
  toCodePoint,
  toUtf16,
  toUtf8,
} from '../../../src/shared/spans';
import { trickyText } from '../../helpers/arbitraryText';

/** Code points as Python counts them (a lone surrogate is one). */
function pointsOf(text: string): string[] {
  return Array.from(text);
}

describe('offsets', () => {
  it('gives the known answers for emoji, combining marks and CRLF', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(toUtf16('a😀b', codePoints(2))).toBe(3);
    expect(toCodePoint('a😀b', utf16Units(3))).toBe(2);
    expect(toCodePoint('a😀b', utf16Units(2))).toBe(1); // inside the pair rounds down
    expect(codePointLength('e\u0301')).toBe(2);
    expect(sliceCodePoints('x\r\n😀 Mike', codePoints(5), codePoints(9))).toBe('Mike');
    expect(toUtf8('é😀', codePoints(1))).toBe(2);
    expect(toUtf8('é😀', codePoints(2))).toBe(6);
    expect(fromUtf8('é😀', utf8Bytes(6))).toBe(2);
    expect(() => fromUtf8('é', utf8Bytes(1))).toThrow(/boundary/);
    expect(() => toUtf16('ab', codePoints(3))).toThrow(RangeError);
  });

  it('agrees with code point iteration on any text', () => {
    fc.assert(
      fc.property(trickyText(), (text) => {
        const index = createOffsetIndex(text);
        const points = pointsOf(text);
        expect(index.codePointLength).toBe(points.length);
        let u16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          expect(index.toUtf16(codePoints(cp))).toBe(u16);
          expect(index.toCodePoint(utf16Units(u16))).toBe(cp);
          expect(index.isUtf16Boundary(utf16Units(u16))).toBe(true);
          u16 += points[cp]?.length ?? 0;
        }
      }),
    );
  });

  it('round-trips code point ⇄ UTF-16 ⇄ UTF-8 and slices like Python', () => {
    fc.assert(
      fc.property(trickyText(), fc.nat(), fc.nat(), (text, a, b) => {
        const length = codePointLength(text);
        const start = codePoints(Math.min(a, b) % (length + 1));
        const end = codePoints(Math.max(start, Math.max(a, b) % (length + 1)));
        expect(toCodePoint(text, toUtf16(text, end))).toBe(end);
        expect(fromUtf8(text, toUtf8(text, end))).toBe(end);
        expect(sliceCodePoints(text, start, end)).toBe(pointsOf(text).slice(start, end).join(''));
      }),
    );
  });

  it('counts UTF-8 bytes as the encoder does for well-formed text', () => {
    fc.assert(
      fc.property(
        trickyText().filter((t) => t.isWellFormed()),
        (text) => {
          expect(toUtf8(text, codePointLength(text))).toBe(new TextEncoder().encode(text).length);
        },
      ),
    );
  });
});
