import { describe, expect, it } from 'vitest';
import { splitAtLineBreaks } from '../../../../src/shared/formats/brat/splitAtLineBreaks';
import { createOffsetIndex } from '../../../../src/shared/spans';

function split(text: string, start: number, end: number) {
  return splitAtLineBreaks(text, createOffsetIndex(text), [{ start, end }]);
}

describe('splitAtLineBreaks', () => {
  it('leaves a fragment without line breaks alone, outer whitespace included', () => {
    expect(split(' Mike ', 0, 6)).toEqual([{ start: 0, end: 6 }]);
  });

  it('cuts at LF, CRLF and Unicode line separators, trimming whitespace beside each cut', () => {
    expect(split('Mike \r\n Pompeo', 0, 14)).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 14 },
    ]);
    expect(split('😀a\u2028b\u0085c\n\nd', 0, 9)).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 4 },
      { start: 5, end: 6 },
      { start: 8, end: 9 },
    ]);
  });

  it('gives nothing for a fragment of line breaks and spaces only', () => {
    expect(split('a \r\n b', 1, 5)).toEqual([]);
  });
});
