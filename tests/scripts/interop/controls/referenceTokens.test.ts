import { describe, expect, it } from 'vitest';
import { referenceTokens } from '../../../../scripts/interop/controls/referenceTokens';

describe('referenceTokens', () => {
  it('cuts runs of non-whitespace at span edges and keeps whitespace runs apart', () => {
    expect(
      referenceTokens('U.S.-led\r\n😀 x', [0, 4]).map((t) => [t.text, t.start, t.end, t.space]),
    ).toEqual([
      ['U.S.', 0, 4, false],
      ['-led', 4, 8, false],
      ['\r\n', 8, 10, true],
      ['😀', 10, 11, false],
      [' ', 11, 12, true],
      ['x', 12, 13, false],
    ]);
  });
});
