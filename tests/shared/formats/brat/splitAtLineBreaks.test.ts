import { describe, expect, it } from 'vitest';
import { splitAtLineBreaks } from '../../../../src/shared/formats/brat/splitAtLineBreaks';
import { createOffsetIndex } from '../../../../src/shared/spans';
import { fragmentOf } from '../../../../src/shared/spans';

function split(text: string, start: number, end: number) {
  return splitAtLineBreaks(text, createOffsetIndex(text), [fragmentOf(start, end)]);
}

describe('splitAtLineBreaks', () => {
  it('leaves a fragment without line breaks alone, outer whitespace included', () => {
    expect(split(' Mike ', 0, 6)).toEqual([fragmentOf(0, 6)]);
  });

  it('cuts at LF, CRLF and Unicode line separators, trimming whitespace beside each cut', () => {
    expect(split('Mike \r\n Pompeo', 0, 14)).toEqual([fragmentOf(0, 4), fragmentOf(8, 14)]);
    expect(split('😀a\u2028b\u0085c\n\nd', 0, 9)).toEqual([
      fragmentOf(0, 2),
      fragmentOf(3, 4),
      fragmentOf(5, 6),
      fragmentOf(8, 9),
    ]);
  });

  it('gives nothing for a fragment of line breaks and spaces only', () => {
    expect(split('a \r\n b', 1, 5)).toEqual([]);
  });
});
