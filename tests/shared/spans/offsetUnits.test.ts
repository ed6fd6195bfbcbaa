import { describe, expect, it } from 'vitest';
import { pmPosition, createPositionMap } from '../../../src/renderer/src/editor/positions';
import {
  codePoints,
  createOffsetIndex,
  fragmentOf,
  toUtf16,
  utf16Units,
} from '../../../src/shared/spans';
import type { Fragment } from '../../../src/shared/spans';

/**
 * The units of an offset are in its type: the compiler refuses a UTF-16 offset or a
 * ProseMirror position where a code point offset belongs. Each `@ts-expect-error` below is
 * checked by `tsc` (an unneeded one fails the type check), so a mix-up cannot compile.
 */
describe('offset units', () => {
  it('keeps code points, UTF-16 units and ProseMirror positions apart at compile time', () => {
    const text = 'a😀b';
    const index = createOffsetIndex(text);
    const utf16 = index.toUtf16(codePoints(2));
    // @ts-expect-error a UTF-16 offset is not a code point offset
    expect(() => toUtf16(text, utf16)).not.toThrow();
    // @ts-expect-error a bare number has no unit
    const bare: Fragment = { start: 0, end: 1 };
    const positions = createPositionMap(text);
    // @ts-expect-error a ProseMirror position is not a code point offset
    positions.toPos(pmPosition(1));
    // @ts-expect-error a code point offset is not a ProseMirror position
    positions.fromPos(codePoints(1));
    expect(bare.end).toBe(1);
    expect(index.toCodePoint(utf16Units(3))).toBe(2);
    expect(fragmentOf(0, 1)).toEqual({ start: 0, end: 1 });
  });
});
