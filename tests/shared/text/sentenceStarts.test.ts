import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceStarts, spacyEnglishTokens } from '../../../src/shared/text';
import type { SpacyTokens } from '../../../src/shared/text';
import { endsSentence } from '../../../src/shared/text/sentenceStarts';

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

  // Test vectors: the Golden Rules of the Pragmatic Segmenter, as pySBD tests them
  // (pysbd tests/lang/test_english.py, GOLDEN_EN_RULES_TEST_CASES), expected sentences as given there.
  it.each([
    ['My name is Jonas E. Smith.', 1],
    ['Please turn to p. 55.', 1],
    ['Were Jane and co. at the party?', 1],
    ['They closed the deal with Pitt, Briggs & Co. at noon.', 1],
    ["Let's ask Jane and co. They should know.", 2],
    ['They closed the deal with Pitt, Briggs & Co. It closed yesterday.', 2],
    ['I can see Mt. Fuji from here.', 1],
    ["St. Michael's Church is on 5th st. near the light.", 1],
    ["That is JFK Jr.'s book.", 1],
    ['I visited the U.S.A. last year.', 1],
    ['I live in the E.U. How about you?', 2],
    ['I live in the U.S. How about you?', 2],
    ['I work for the U.S. Government in Virginia.', 1],
    ['I have lived in the U.S. for 20 years.', 1],
    ['We make a good team, you and I. Did you see Albert I. Jones yesterday?', 2],
    ['Hello World. My name is Jonas.', 2],
    ['There it is! I found it.', 2],
  ] as const)('splits %j into %i sentence(s) as the Golden Rules expect', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('ends a sentence at an abbreviation before a sentence starter, not before a name after a title', () => {
    expect(sentences('He moved to the U.S. The next day he left.')).toEqual([
      'He moved to the U.S.',
      'The next day he left .',
    ]);
    expect(sentences('They met at 5 p.m. He said so.')).toEqual([
      'They met at 5 p.m.',
      'He said so .',
    ]);
    expect(sentences('Dr. Smith and Mr. X met the U.S. Army.')).toEqual([
      'Dr. Smith and Mr. X met the U.S. Army .',
    ]);
    expect(sentences('It was Jan. 5 then. Sales etc. The end.')).toEqual([
      'It was Jan. 5 then .',
      'Sales etc .',
      'The end .',
    ]);
  });

  it('moves a boundary after an abbreviation out of a span that crosses it', () => {
    // tokens: He(0) moved(1) to(2) the(3) U.S.(4) The(5) next(6) day(7) .(8)
    expect(sentences('He moved to the U.S. The next day.', [4, 5])).toEqual([
      'He moved to the U.S. The next day .',
    ]);
    expect(sentences('He moved to the U.S. The Fed. Now', [4, 6])).toEqual([
      'He moved to the U.S. The Fed .',
      'Now',
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

/** The rule token by token, as it was written before the places were found by regex: the reference. */
function startsByToken(text: string, tokens: SpacyTokens): number[] {
  const starts: number[] = [];
  let previous = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    const between = previous < 0 ? '' : text.slice(tokens.end16[previous], tokens.start16[i]);
    const opens = /["'“‘«([{\p{Lu}\p{Lt}\p{N}]/u.test(text.charAt(tokens.start16[i] ?? 0));
    if (
      previous < 0 ||
      /[\n\r\x85\u2028\u2029]/.test(between) ||
      (between !== '' && opens && endsSentence(text, tokens, previous, i))
    )
      starts.push(i);
    previous = i;
  }
  return starts;
}

describe('sentenceStarts on random text', () => {
  const piece = fc.constantFrom(
    'He',
    'left',
    '.',
    'Gen.',
    'U.S.',
    'p.m.',
    'A.',
    'I.',
    'Jan.',
    'No.',
    '5',
    '(',
    ')',
    '"',
    '”',
    '’',
    '!',
    '?',
    '…',
    'The',
    'mr.',
    'Dr.',
    'x',
    'É',
    '«',
    '»',
    "'s",
    ':)',
    'etc.',
    'and',
  );
  const gap = fc.constantFrom(
    '',
    ' ',
    ' ',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\t',
    '\u00a0',
    '\u2028',
    ' \n ',
  );
  it('starts sentences where the rule token by token does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, gap), { maxLength: 40 }), (parts) => {
        const text = parts.map(([word, space]) => word + space).join('');
        const tokens = spacyEnglishTokens(text);
        const starts = sentenceStarts(text, tokens, []);
        const got = [...starts.keys()].filter((i) => starts[i] === 1);
        expect(got).toEqual(startsByToken(text, tokens));
      }),
      { numRuns: 500 },
    );
  });
});
