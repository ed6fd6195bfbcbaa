import { describe, expect, it } from 'vitest';
import { alignTokens } from '../../../scripts/interop/alignTokens';

describe('alignTokens', () => {
  it('places tokens on the text in code points, across runs of whitespace', () => {
    expect(alignTokens('😀 U.S.-led\t\tplan', ['😀', 'U.S.', '-led', 'plan']).offsets).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 6 },
      { start: 6, end: 10 },
      { start: 12, end: 16 },
    ]);
  });

  it('reports text that no token covers and tokens that are not in the text', () => {
    const { offsets, problems } = alignTokens('Mr. Pompeo', ['Pompeo', 'X']);
    expect(offsets).toEqual([{ start: 4, end: 10 }, undefined]);
    expect(problems).toEqual([
      'text "Mr. " at 0 is in no token',
      'token "X" is not in the text after code point 10',
    ]);
  });

  it('takes whitespace tokens (spaCy keeps them) where they stand', () => {
    expect(alignTokens('a \tb', ['a', ' \t', 'b']).offsets).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
      { start: 3, end: 4 },
    ]);
  });
});
