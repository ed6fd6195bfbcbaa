import { describe, expect, it } from 'vitest';
import { findOccurrences, similarPassages } from '../../../src/shared/search';
import { sliceCodePoints } from '../../../src/shared/spans';

describe('findOccurrences', () => {
  it('finds whole words only, in code points, with context', () => {
    const text = '😀 Iraq, Iraqi and IRAQ; Iraq.';
    const found = findOccurrences(text, 'Iraq');
    expect(found.map((o) => sliceCodePoints(text, o.start, o.end))).toEqual(['Iraq', 'Iraq']);
    expect(found[0]).toMatchObject({ start: 2, end: 6, before: '😀 ', match: 'Iraq' });
    expect(findOccurrences(text, 'iraq', { ignoreCase: true })).toHaveLength(3);
    expect(findOccurrences(text, 'Iraq', { wholeWord: false })).toHaveLength(3);
  });
});

describe('similarPassages', () => {
  const QUOTE = 'America is a force for good in the Middle East';
  it('finds a quote repeated with other punctuation and a small edit', () => {
    const text =
      'Ortagus said: “America is a force for good in the Middle East,” and left. Later: America is a big force for good in Middle East.';
    const found = similarPassages(text, QUOTE);
    expect(found).toHaveLength(2);
    expect(sliceCodePoints(text, found[0]!.start, found[0]!.end)).toBe(
      'America is a force for good in the Middle East',
    );
    expect(found[0]!.similarity).toBe(1);
    expect(found[1]!.similarity).toBeGreaterThan(0.8);
  });

  it('ignores unrelated text', () => {
    expect(similarPassages('The parliament voted to expel foreign troops.', QUOTE)).toEqual([]);
  });
});
