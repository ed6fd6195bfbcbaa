import { describe, expect, it } from 'vitest';
import { lastAtOrBelow } from '../../../src/shared/collections';

function search(sorted: readonly number[], value: number): number {
  return lastAtOrBelow(sorted.length, (i) => sorted[i] ?? 0, value);
}

describe('lastAtOrBelow', () => {
  it('finds the last key at or below the value, -1 below the first or in an empty list', () => {
    expect(search([1, 5, 9], 6)).toBe(1);
    expect(search([1, 5, 9], 5)).toBe(1);
    expect(search([1, 5, 9], 9)).toBe(2);
    expect(search([1, 5, 9], 100)).toBe(2);
    expect(search([1, 5, 9], 0)).toBe(-1);
    expect(search([], 3)).toBe(-1);
    expect(search([2, 2, 2], 2)).toBe(2);
  });
});
