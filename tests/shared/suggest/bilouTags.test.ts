import { describe, expect, it } from 'vitest';
import { BilouTags } from '../../../src/shared/suggest';
import { tokenize } from '../../../src/shared/text';
import { tinyPerceptron } from './tinyPerceptron';

describe('BilouTags', () => {
  const tags = new BilouTags(['PER', 'LOC', 'PER']);

  it('numbers O, then B, I, L and U per sorted label', () => {
    expect([0, 1, 2, 3, 4, 5, 8].map((t) => tags.name(t))).toEqual([
      'O',
      'B-LOC',
      'I-LOC',
      'L-LOC',
      'U-LOC',
      'B-PER',
      'U-PER',
    ]);
  });

  it('lets I and L follow only an open B or I of their label, and nothing else follow one', () => {
    expect(tags.allowed(-1, 2)).toBe(false);
    expect(tags.allowed(-1, 3)).toBe(false);
    expect(tags.allowed(1, 2)).toBe(true);
    expect(tags.allowed(2, 3)).toBe(true);
    expect(tags.allowed(1, 7)).toBe(false);
    expect(tags.allowed(1, 0)).toBe(false);
    expect(tags.allowed(1, 4)).toBe(false);
    expect(tags.allowed(3, 0)).toBe(true);
    expect(tags.allowed(4, 5)).toBe(true);
    expect([0, 1, 2, 3, 4].map((t) => tags.canEnd(t))).toEqual([true, false, false, true, true]);
  });

  it('encodes spans over tokens and decodes them back', () => {
    const tokens = tokenize('Mike R. Pompeo visited Baghdad.');
    const encoded = tags.encode(tokens, [
      { label: 'PER', start: 0, end: 14 },
      { label: 'LOC', start: 23, end: 30 },
    ]);
    expect([...encoded].map((t) => tags.name(t))).toEqual([
      'B-PER',
      'I-PER',
      'I-PER',
      'L-PER',
      'O',
      'U-LOC',
      'O',
    ]);
    expect(tags.decode(encoded)).toEqual([
      { label: 'PER', first: 0, last: 3 },
      { label: 'LOC', first: 5, last: 5 },
    ]);
  });

  it('decodes stray tags as conlleval reads BIO: a lone I or L opens a span, an unclosed B ends at the next other tag', () => {
    expect(tags.decode([0, 6, 7, 0])).toEqual([{ label: 'PER', first: 1, last: 2 }]);
    expect(tags.decode([5, 0, 1])).toEqual([
      { label: 'PER', first: 0, last: 0 },
      { label: 'LOC', first: 2, last: 2 },
    ]);
  });
});

describe('span probabilities under BILOU', () => {
  it('equal the sum over every allowed tagging that spells the span', () => {
    const tags = new BilouTags(['PER']);
    const { p, ids } = tinyPerceptron(tags, [
      [1, 3, 0],
      [0, 0, 4],
    ]);
    for (const temperature of [0.5, 2]) {
      for (const [first, last] of [
        [0, 0],
        [0, 1],
        [1, 2],
        [2, 2],
        [0, 2],
      ] as const) {
        // Every sequence of 5 tags over 3 tokens (125): the span is spelled when its tokens
        // carry its path (U, or B I… L); disallowed sequences score −∞ and weigh nothing.
        const path = tags.spanPath(1, last - first + 1);
        let z = 0;
        let inSpan = 0;
        for (let code = 0; code < 125; code++) {
          const seq = [code % 5, Math.floor(code / 5) % 5, Math.floor(code / 25)];
          const weight = Math.exp(p.sequenceScore(ids, seq) / temperature);
          z += weight;
          if (path.every((y, k) => seq[first + k] === y)) inSpan += weight;
        }
        const [got] = p.spanProbabilities(ids, [{ first, last, begin: 1 }], [temperature]);
        expect(got?.[0]).toBeCloseTo(inSpan / z, 12);
      }
    }
  });
});
