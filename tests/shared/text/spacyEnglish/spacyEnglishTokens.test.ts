import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutTokens,
  isPythonSpace,
  SPACY_ENGLISH_RULES,
  spacyEnglishTokens,
} from '../../../../src/shared/text';
import type { SpacyTokens } from '../../../../src/shared/text';

/** `[text, followed by one space]` per token: spaCy's `[(t.text, t.whitespace_ == ' ') for t in doc]`. */
function words(text: string, tokens: SpacyTokens = spacyEnglishTokens(text)): [string, boolean][] {
  return Array.from({ length: tokens.count }, (_, i) => [
    text.slice(tokens.start16[i], tokens.end16[i]),
    tokens.spaceAfter[i] === 1,
  ]);
}

/** spaCy's `Doc(vocab, words, spaces).text`. */
function docText(text: string, tokens: SpacyTokens): string {
  return words(text, tokens)
    .map(([word, space]) => word + (space ? ' ' : ''))
    .join('');
}

// Known answers: spacy.blank('en') in spaCy 3.8.16, printed as [[t.text, t.whitespace_ == ' '] for t in nlp(text)].
const SPACY = [
  [
    "Gen. Mark A. Milley met Iraq's premier.",
    [
      ['Gen.', true],
      ['Mark', true],
      ['A.', true],
      ['Milley', true],
      ['met', true],
      ['Iraq', false],
      ["'s", true],
      ['premier', false],
      ['.', false],
    ],
  ],
  [
    'We don\'t want U.S. troops here," he said',
    [
      ['We', true],
      ['do', false],
      ["n't", true],
      ['want', true],
      ['U.S.', true],
      ['troops', true],
      ['here', false],
      [',', false],
      ['"', true],
      ['he', true],
      ['said', false],
    ],
  ],
  [
    '(Reuters)—Baghdad’s plan: see https://example.com/a?b=1.',
    [
      ['(', false],
      ['Reuters)—Baghdad', false],
      ['’s', true],
      ['plan', false],
      [':', true],
      ['see', true],
      ['https://example.com/a?b=1', false],
      ['.', false],
    ],
  ],
  [
    '5,200 troops; $3.5bn; 10:30 a.m.',
    [
      ['5,200', true],
      ['troops', false],
      [';', true],
      ['$', false],
      ['3.5bn', false],
      [';', true],
      ['10:30', true],
      ['a.m.', false],
    ],
  ],
  [
    '  x\t\ty \r\n\u00a0z  ',
    [
      ['  ', false],
      ['x', false],
      ['\t\t', false],
      ['y', true],
      ['\r\n\u00a0', false],
      ['z', true],
      [' ', false],
    ],
  ],
  [
    'it:) and e.g., etc.',
    [
      ['it', false],
      [':)', true],
      ['and', true],
      ['e.g.', false],
      [',', true],
      ['etc', false],
      ['.', false],
    ],
  ],
] as const;

/** Text made of the pieces that make tokenizers differ: clitics, glued punctuation, odd whitespace, astral letters. */
const piece = fc.constantFrom(
  'Iraq',
  "'s",
  '’s',
  "n't",
  'U.S.',
  'Gen.',
  'A.',
  '-',
  '—',
  '(',
  ')',
  '"',
  '.',
  ',',
  '😀',
  '🇮🇶',
  '𝐔',
  'é',
  'e\u0301',
  ' ',
  ' ',
  '  ',
  '\t',
  '\r\n',
  '\n',
  '\u00a0',
  '\u2028',
  '5,200',
  'http://x.org/a',
);
const textArb = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('spacyEnglishTokens', () => {
  it.each(SPACY)('tokenizes %j as spaCy does', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('rebuilds every text as spaCy Doc(words, spaces).text, whatever its whitespace', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const tokens = spacyEnglishTokens(text);
        expect(docText(text, tokens)).toBe(text);
        const cps = [...text].length;
        for (let i = 0; i < tokens.count; i++) {
          expect(tokens.end[i]).toBeGreaterThan(tokens.start[i] as number);
          const next = i + 1 < tokens.count ? (tokens.start[i + 1] as number) : cps;
          expect(next - (tokens.end[i] as number)).toBe(tokens.spaceAfter[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after cutTokens, every span edge is a token edge and the text is still rebuilt', () => {
    const withEdges = textArb.chain((text) => {
      const length = [...text].length;
      return fc.tuple(
        fc.constant(text),
        fc.array(fc.integer({ min: 0, max: length }), { maxLength: 8 }),
      );
    });
    fc.assert(
      fc.property(withEdges, ([text, edges]) => {
        const tokens = cutTokens(text, spacyEnglishTokens(text), edges);
        expect(docText(text, tokens)).toBe(text);
        for (const edge of edges)
          for (let i = 0; i < tokens.count; i++)
            expect(
              (tokens.start[i] as number) < edge && edge < (tokens.end[i] as number),
              `edge ${edge} inside token ${i}`,
            ).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives each token’s code point offsets as the UTF-16 ones counted in code points, after cuts too', () => {
    const codePoints = (text: string, at16: number) => [...text.slice(0, at16)].length;
    const withEdges = textArb.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.integer({ min: 0, max: [...text].length }), { maxLength: 8 }),
      ),
    );
    fc.assert(
      fc.property(withEdges, ([text, edges]) => {
        for (const tokens of [
          spacyEnglishTokens(text),
          cutTokens(text, spacyEnglishTokens(text), edges),
        ])
          for (let i = 0; i < tokens.count; i++) {
            expect(tokens.start[i]).toBe(codePoints(text, tokens.start16[i] ?? 0));
            expect(tokens.end[i]).toBe(codePoints(text, tokens.end16[i] ?? 0));
          }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts the same tokens whatever order the edges come in (nearly sorted or not at all)', () => {
    const withEdges = textArb.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.integer({ min: 0, max: [...text].length }), { maxLength: 200 }),
      ),
    );
    fc.assert(
      fc.property(withEdges, ([text, edges]) => {
        const ascending = [...edges].sort((a, b) => a - b);
        const nearly = ascending.map((_, i) => ascending[i ^ 1] ?? ascending[i] ?? 0); // pairs swapped
        const expected = words(text, cutTokens(text, spacyEnglishTokens(text), ascending));
        for (const order of [edges, nearly, [...ascending].reverse()])
          expect(words(text, cutTokens(text, spacyEnglishTokens(text), order))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a glued token at a span edge in code points (after an astral letter)', () => {
    const text = '𝐔𝐒-led';
    expect(words(text, cutTokens(text, spacyEnglishTokens(text), [2]))).toEqual([
      ['𝐔𝐒', false],
      ['-led', false],
    ]);
  });
});

describe('spacyTokens whitespace', () => {
  it('splits at exactly the UTF-16 units Python’s str.isspace() is true for', () => {
    const wrong: number[] = [];
    // Every whitespace unit is below U+3100; the last units of the plane stand for the rest.
    const units = [...Array.from({ length: 0x3100 }, (_, u) => u), 0xd800, 0xdc00, 0xfeff, 0xffff];
    for (const unit of units) {
      const text = `a${String.fromCharCode(unit)}b`;
      const tokens = spacyEnglishTokens(text);
      const split = tokens.isSpace.includes(1) || tokens.spaceAfter[0] === 1;
      if (split !== isPythonSpace(unit)) wrong.push(unit);
    }
    expect(wrong).toEqual([]);
  });

  it('folds one space after a token, keeps other whitespace and astral offsets', () => {
    const text = ' \u{1F600} a  b\t\u00a0c ';
    expect(words(text)).toEqual([
      [' ', false],
      ['\u{1F600}', true],
      ['a', true],
      [' ', false],
      ['b', false],
      ['\t\u00a0', false],
      ['c', true],
    ]);
    const tokens = spacyEnglishTokens(text);
    expect(Array.from(tokens.start)).toEqual([0, 1, 3, 5, 6, 7, 9]);
    expect(Array.from(tokens.end)).toEqual([1, 2, 4, 6, 7, 9, 10]);
  });
});

describe('the URL rule', () => {
  it('takes no chunk without a dot (the splitter tests it only on chunks with one)', () => {
    const url = new RegExp(SPACY_ENGLISH_RULES.url, 'u');
    expect(url.test('https://example.com/a')).toBe(true);
    const chunk = fc
      .array(fc.constantFrom(...'ab1:/@?#=-_%+~é😀AZ09'.split('')), { maxLength: 30 })
      .map((units) => units.join(''));
    fc.assert(fc.property(chunk, (s) => !url.test(s)));
    for (const s of ['http://localhost', 'user@host', 'localhost:8080/x', '10:30', 'a-b'])
      expect(url.test(s)).toBe(false);
  });
});
