import { describe, expect, it } from 'vitest';
import { sentenceStarts, spacyEnglishTokens } from '../../../src/shared/text';

/** The sentences of a text as strings (whitespace tokens left out), with spans given as token pairs. */
function sentences(text: string, covered: number[] = []): string[] {
  const tokens = spacyEnglishTokens(text);
  const starts = sentenceStarts(text, tokens, covered);
  const out: string[][] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    if (starts[i] === 1) out.push([]);
    out.at(-1)?.push(text.slice(tokens.start16[i], tokens.end16[i]));
  }
  return out.map((words) => words.join(' '));
}

describe('sentenceStarts', () => {
  it('ends a sentence at . ! ? before a capital, and at a line break', () => {
    expect(sentences('He left. She stayed! Why? "Yes." Then\r\nmore')).toEqual([
      'He left .',
      'She stayed !',
      'Why ?',
      '" Yes . "',
      'Then',
      'more',
    ]);
  });

  it('keeps titles, initials and abbreviations inside the sentence', () => {
    expect(
      sentences('Gen. Mark A. Milley met Sen. Graham. The U.S. State Department agreed.'),
    ).toEqual(['Gen. Mark A. Milley met Sen. Graham .', 'The U.S. State Department agreed .']);
    expect(sentences('He met Pres. Trump and Col. Smith.')).toEqual([
      'He met Pres . Trump and Col . Smith .',
    ]);
  });

  it('does not end a sentence before a lower-case word', () => {
    expect(sentences('It rose 5 p.c. today. and fell')).toEqual([
      'It rose 5 p.c . today . and fell',
    ]);
  });

  it('moves a boundary that falls inside a span to the token after the span', () => {
    // tokens: Left(0) .(1) Then(2) came(3) .(4) Now(5)
    expect(sentences('Left. Then came. Now', [0, 3])).toEqual(['Left . Then came .', 'Now']);
    expect(sentences('Left. Then came Bob. Now', [0, 3])).toEqual([
      'Left . Then came',
      'Bob .',
      'Now',
    ]);
    expect(sentences('Left. Then came. Now', [1, 2, 2, 4])).toEqual(['Left . Then came .', 'Now']);
  });
});
