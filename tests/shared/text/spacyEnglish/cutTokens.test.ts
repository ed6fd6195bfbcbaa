import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutTokens,
  cutTokensAt,
  firstAbove,
  spacyEnglishTokens,
} from '../../../../src/shared/text';

/** Text with the pieces where cuts and code points differ: clitics, glued punctuation, astral letters, odd spaces. */
const piece = fc.constantFrom(
  'Iraq',
  "'s",
  'U.S.-led',
  '😀',
  'é',
  ',',
  '.',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
);
const withEdges = fc
  .array(piece, { maxLength: 30 })
  .map((parts) => parts.join(''))
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(fc.integer({ min: 0, max: [...text].length }), { maxLength: 12 }),
    ),
  );

describe('cutTokensAt', () => {
  it('cuts as cutTokens does and puts each edge at the first token starting at or after it', () => {
    fc.assert(
      fc.property(withEdges, ([text, edges]) => {
        const sorted = Int32Array.from(edges).sort();
        const { tokens, at } = cutTokensAt(text, spacyEnglishTokens(text), sorted);
        expect(tokens).toEqual(cutTokens(text, spacyEnglishTokens(text), edges));
        sorted.forEach((edge, e) =>
          expect(at[e], `edge ${edge}`).toBe(firstAbove(tokens.start, edge - 1, tokens.count)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('puts a span on U.S. in U.S.-led at its own token', () => {
    const text = 'U.S.-led';
    const { tokens, at } = cutTokensAt(text, spacyEnglishTokens(text), Int32Array.of(0, 4));
    expect([...at]).toEqual([0, 1]);
    expect(text.slice(tokens.start16[0], tokens.end16[0])).toBe('U.S.');
  });
});
