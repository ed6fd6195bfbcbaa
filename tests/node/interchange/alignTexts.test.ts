import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../../src/node';
import { fragmentOf as fragment } from '../../../src/shared/spans';

describe('alignTexts', () => {
  it('shifts fragments past an insertion, counting an emoji as one code point', () => {
    const alignment = alignTexts('Mike Pompeo said', '😀 Then Mike Pompeo said');
    expect(alignment.place(fragment(0, 11))).toEqual(fragment(7, 18));
    expect(alignment.place(fragment(12, 16))).toEqual(fragment(19, 23));
  });

  it('cannot place a fragment whose text changed, nor one with an insertion inside', () => {
    const alignment = alignTexts('Adel Abdul Mahdi met Pompeo', 'Adel Abdul-Mahdi met Pompeo');
    expect(alignment.place(fragment(0, 16))).toBeNull();
    expect(alignment.place(fragment(21, 27))).toEqual(fragment(21, 27));
    expect(alignTexts('ab', 'aXb').place(fragment(0, 2))).toBeNull();
  });

  it('finds a moved passage by its text when it occurs once in the new version', () => {
    const before = 'First paragraph.\nSecond one about Iraq.\n';
    const after = 'Second one about Iraq.\nFirst paragraph, edited.\n';
    expect(alignTexts(before, after).place(fragment(34, 38))).toEqual(fragment(17, 21));
  });

  it('keeps CRLF and right-to-left text exact', () => {
    const alignment = alignTexts('سلام\r\nبغداد', 'خبر\r\nسلام\r\nبغداد');
    expect(alignment.place(fragment(6, 11))).toEqual(fragment(11, 16));
  });
});
