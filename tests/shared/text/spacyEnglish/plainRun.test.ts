import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChunkSplitter } from '../../../../src/shared/text/spacyEnglish/createChunkSplitter';
import {
  findSpecialMatches,
  firstPartLengths,
  specialPatterns,
} from '../../../../src/shared/text/spacyEnglish/findSpecialMatches';
import { SPACY_ENGLISH_PATTERN_PARTS } from '../../../../src/shared/text/spacyEnglish/patternParts';
import { PLAIN_LETTERS, plainRun } from '../../../../src/shared/text/spacyEnglish/plainRun';
import { SPACY_ENGLISH_RULES } from '../../../../src/shared/text/spacyEnglish/rules';
import { affixedTokens } from '../../../../src/shared/text/spacyEnglish/spacyTokens';
import type { SpacyTokens } from '../../../../src/shared/text';

const rules = SPACY_ENGLISH_RULES;
const split = createChunkSplitter(rules);
const patterns = specialPatterns(rules, SPACY_ENGLISH_PATTERN_PARTS);
const firstLengths = firstPartLengths(patterns);
const plain = plainRun(rules);

/** Every array of the tokens, as plain numbers. */
function arrays(tokens: SpacyTokens): number[][] {
  const { start16, end16, start, end, spaceAfter, isSpace } = tokens;
  return [start16, end16, start, end, spaceAfter, isSpace].map((a) => [...a]);
}

/** Plain words, special cases made of letters, and what ends a run: punctuation, odd spaces, astral letters. */
const piece = fc.constantFrom(
  'Iraq',
  'the',
  'Saïd',
  'Zürich',
  'ÀÖØöøÿ',
  'dont',
  'Im',
  'id',
  'idve',
  'em',
  'ill',
  'gonna',
  'Gen',
  'A',
  'bout',
  'space',
  ',',
  '.',
  "'",
  '<',
  '>',
  ':',
  ')',
  '-',
  '5',
  '😀',
  '×',
  '÷',
  ' ',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
);
const textArb = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('plainRun', () => {
  it('takes plain words, a comma after one, and the one space after each, up to the next chunk', () => {
    plain.lastIndex = 0;
    expect(plain.exec('Iraq rejected the, plan.')?.[0]).toBe('Iraq rejected the, ');
    plain.lastIndex = 0;
    expect(plain.exec('we dont know')?.[0]).toBe('we ');
    plain.lastIndex = 0;
    expect(plain.exec('Gen. Milley')).toBeNull();
  });

  it('leaves every plain chunk whole as the affix rules do, unless it is a special case', () => {
    const letters = new RegExp(`^[${PLAIN_LETTERS}]$`, 'u');
    const chars: string[] = [];
    for (let c = 0; c < 0x100; c++)
      if (letters.test(String.fromCharCode(c))) chars.push(String.fromCharCode(c));
    const bare = createChunkSplitter({ ...rules, specials: {} });
    for (const a of chars) {
      expect(bare(a)).toEqual([1]);
      for (const b of chars) expect(bare(`${a}${b},`)).toEqual([2, 1]);
    }
  });

  it('starts no special pattern: none begins with a plain word or a comma and goes on with what may follow one in a run', () => {
    // In a run a word is followed by its comma or, after the space, by a chunk starting with
    // a letter (whose first token then starts with that letter); a comma by such a chunk.
    const word = new RegExp(`^(?:[${PLAIN_LETTERS}]+|,)$`, 'u');
    const next = new RegExp(`^(?:[${PLAIN_LETTERS}]|,)`, 'u');
    for (const [key, lengths] of SPACY_ENGLISH_PATTERN_PARTS) {
      const first = key.slice(0, lengths[0]);
      const second = key.slice(lengths[0], (lengths[0] ?? 0) + (lengths[1] ?? 0));
      expect(word.test(first) && (lengths.length === 1 || next.test(second)), key).toBe(false);
    }
  });

  it('tokenizes as the chunk-by-chunk path does, special patterns too, on generated text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const slow = affixedTokens(text, split, null);
        const fast = affixedTokens(text, split, plain);
        expect(arrays(fast.tokens)).toEqual(arrays(slow.tokens));
        expect(findSpecialMatches(text, fast.tokens, patterns, firstLengths, fast.open)).toEqual(
          findSpecialMatches(text, slow.tokens, patterns, firstLengths),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
