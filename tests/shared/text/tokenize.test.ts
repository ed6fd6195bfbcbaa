import { describe, expect, it } from 'vitest';
import { snapToWords, splitSentences, tokenize } from '../../../src/shared/text';
import { sliceCodePoints } from '../../../src/shared/spans';
import { fragmentOf } from '../../../src/shared/spans';

describe('tokenize', () => {
  it('splits words and punctuation with code point offsets after emoji', () => {
    const text = '😀 Mike Pompeo.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['😀', 'Mike', 'Pompeo', '.']);
    expect(tokens[1]).toEqual({ start: 2, end: 6, text: 'Mike' });
    for (const t of tokens) expect(sliceCodePoints(text, t.start, t.end)).toBe(t.text);
  });

  it('ends sentences at line breaks and trims them', () => {
    const text = 'One two. Three?\r\nFour';
    expect(splitSentences(text).map((s) => sliceCodePoints(text, s.start, s.end))).toEqual([
      'One two.',
      'Three?',
      'Four',
    ]);
  });

  it('snaps a selection to whole words and drops whitespace-only selections', () => {
    const tokens = tokenize('Mike Pompeo said');
    expect(snapToWords(tokens, fragmentOf(2, 7))).toEqual(fragmentOf(0, 11));
    expect(snapToWords(tokens, fragmentOf(4, 5))).toBeNull();
  });

  it('leaves out a possessive the selection stopped before, and takes it when the selection reaches into it', () => {
    const text = 'Adel Abdul-Mahdi’s office';
    const tokens = tokenize(text);
    expect(snapToWords(tokens, fragmentOf(1, 16))).toEqual(fragmentOf(0, 16));
    expect(snapToWords(tokens, fragmentOf(0, 17))).toEqual(fragmentOf(0, 18));
    expect(snapToWords(tokens, fragmentOf(0, 13))).toEqual(fragmentOf(0, 18));
  });
});
