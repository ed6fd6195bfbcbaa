import { describe, expect, it } from 'vitest';
import { isJsonValue } from '../../../../src/shared/formats/common';

describe('isJsonValue', () => {
  it('accepts what JSON.parse gives and nothing else', () => {
    const parsed: unknown = JSON.parse('{"a":[1,"b",null,true,{"c":2.5}]}');
    expect(isJsonValue(parsed)).toBe(true);
    expect(
      [undefined, Number.NaN, Infinity, () => 1, { a: undefined }, [1, undefined]].map(isJsonValue),
    ).toEqual([false, false, false, false, false, false]);
  });
});
