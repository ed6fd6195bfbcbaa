import { describe, expect, it } from 'vitest';
import { getKnown } from '../../../src/shared/collections';

describe('getKnown', () => {
  it('answers the value of a key in the map, null and 0 included', () => {
    const map = new Map<string, number | null>([
      ['zero', 0],
      ['none', null],
    ]);
    expect(getKnown(map, 'zero')).toBe(0);
    expect(getKnown(map, 'none')).toBeNull();
  });

  it('throws a RangeError naming a key the map lacks', () => {
    expect(() => getKnown(new Map([['a', 1]]), 'b')).toThrow(new RangeError('no entry for b'));
  });
});
