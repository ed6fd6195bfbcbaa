import { describe, expect, it } from 'vitest';
import { isJsonValue, jsonDepth, MAX_JSON_DEPTH } from '../../../../src/shared/formats/common';

function nested(depth: number): unknown {
  return JSON.parse('['.repeat(depth) + ']'.repeat(depth));
}

describe('jsonDepth', () => {
  it('counts arrays and objects, not scalars', () => {
    expect([1, 'a', null, [], [[1], { a: [2] }]].map((v) => jsonDepth(v))).toEqual([0, 0, 0, 1, 3]);
  });

  it('stops past its limit on a value nested 100 000 deep, without overflowing the stack', () => {
    expect(jsonDepth(nested(100_000))).toBe(MAX_JSON_DEPTH + 1);
    expect(isJsonValue(nested(100_000))).toBe(false);
    expect(isJsonValue(nested(MAX_JSON_DEPTH))).toBe(true);
  });
});
