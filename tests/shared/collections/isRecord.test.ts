import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../src/shared/collections';

describe('isRecord', () => {
  it('answers true for objects of named fields, parsed JSON included', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it('answers false for null, arrays and every other kind of value', () => {
    for (const value of [null, undefined, [], [1], 'a', 1, true])
      expect(isRecord(value)).toBe(false);
  });
});
