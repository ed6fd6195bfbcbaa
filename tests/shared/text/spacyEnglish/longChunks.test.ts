import { describe, expect, it } from 'vitest';
import { spacyEnglishTokens } from '../../../../src/shared/text';

/** Token lengths in code points, as runs: `[[1, 3]]` is three one-character tokens. */
function runs(text: string): [number, number][] {
  const tokens = spacyEnglishTokens(text);
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.count; i++) {
    const length = [...text.slice(tokens.start16[i], tokens.end16[i])].length;
    const last = out[out.length - 1];
    if (last && last[0] === length) last[1]++;
    else out.push([length, 1]);
  }
  return out;
}

// Known answers: spacy.blank('en') in spaCy 3.8.16, [len(t.text) for t in nlp(text)] as runs.
// Each chunk is longer than the tail the suffix rule is first tried on, so a run of dots that
// reaches past it, and affixes peeled off one by one, are both met.
const SPACY: [string, [number, number][]][] = [
  ['('.repeat(3000) + 'x', [[1, 3001]]],
  ['x' + ')'.repeat(3000), [[1, 3001]]],
  [
    'x' + '.'.repeat(3000),
    [
      [1, 1],
      [3000, 1],
    ],
  ],
  ['['.repeat(3000) + 'x' + ']'.repeat(3000), [[1, 6001]]],
  [
    'x' + "'".repeat(1000) + '.'.repeat(2000),
    [
      [1, 1],
      [2, 1],
      [1, 998],
      [2000, 1],
    ],
  ],
  [
    '(((x' + '.'.repeat(2500) + ')',
    [
      [1, 4],
      [2500, 1],
      [1, 1],
    ],
  ],
  [
    '5' + '.'.repeat(2800) + 'km',
    [
      [1, 1],
      [2800, 1],
      [2, 1],
    ],
  ],
  [
    'a' + '.'.repeat(4000) + '"',
    [
      [1, 1],
      [4000, 1],
      [1, 1],
    ],
  ],
  [
    'a' + '.'.repeat(3000) + ',' + '.'.repeat(1000),
    [
      [1, 1],
      [3000, 1],
      [1, 1],
      [1000, 1],
    ],
  ],
  [
    '5°F' + '.'.repeat(2700),
    [
      [1, 3],
      [2700, 1],
    ],
  ],
  ['x' + '😀'.repeat(3000), [[1, 3001]]],
  [
    '.'.repeat(200) + 'a' + ')'.repeat(3000),
    [
      [200, 1],
      [1, 3001],
    ],
  ],
];

describe('spaCy English tokens of long chunks without spaces', () => {
  it.each(SPACY)('%# splits as spaCy does', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});
