import { describe, expect, it } from 'vitest';
import { BioTags } from '../../../src/shared/suggest';
import { tokenize } from '../../../src/shared/text';

describe('BioTags', () => {
  const tags = new BioTags(['PER', 'LOC', 'PER']);

  it('numbers O, then B and I per sorted label', () => {
    expect([0, 1, 2, 3, 4].map((t) => tags.name(t))).toEqual([
      'O',
      'B-LOC',
      'I-LOC',
      'B-PER',
      'I-PER',
    ]);
  });

  it('lets an I follow only the B or I of its own label', () => {
    expect(tags.allowed(-1, 2)).toBe(false);
    expect(tags.allowed(1, 2)).toBe(true);
    expect(tags.allowed(2, 2)).toBe(true);
    expect(tags.allowed(3, 2)).toBe(false);
    expect(tags.allowed(0, 3)).toBe(true);
  });

  it('encodes spans over tokens and decodes them back', () => {
    const tokens = tokenize('Mike Pompeo visited Baghdad.');
    const encoded = tags.encode(tokens, [
      { label: 'PER', start: 0, end: 11 },
      { label: 'LOC', start: 20, end: 27 },
    ]);
    expect([...encoded].map((t) => tags.name(t))).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(tags.decode(encoded)).toEqual([
      { label: 'PER', first: 0, last: 1 },
      { label: 'LOC', first: 3, last: 3 },
    ]);
  });

  it('reads an I after O as the start of a span, as conlleval does', () => {
    expect(tags.decode([0, 4, 4, 0])).toEqual([{ label: 'PER', first: 1, last: 2 }]);
  });
});
