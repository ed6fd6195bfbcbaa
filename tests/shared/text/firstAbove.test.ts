import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAbove } from '../../../src/shared/text';

/** The definition: the first index whose entry is above the value. */
function naive(sorted: Int32Array, value: number, count: number): number {
  for (let i = 0; i < count; i++) if ((sorted[i] ?? 0) > value) return i;
  return count;
}

describe('firstAbove', () => {
  it('finds the first entry above the value', () => {
    const sorted = Int32Array.of(1, 3, 3, 7);
    expect(firstAbove(sorted, 3, 4)).toBe(3);
    expect(firstAbove(sorted, 0, 4)).toBe(0);
    expect(firstAbove(sorted, 7, 4)).toBe(4);
    expect(firstAbove(sorted, 3, 2)).toBe(2); // only the first `count` entries are searched
  });

  it('gives the same answer from any hint, before, at or after it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 80 }),
        fc.integer({ min: -1, max: 51 }),
        fc.integer({ min: -5, max: 100 }),
        (values, value, hint) => {
          const sorted = Int32Array.from(values).sort();
          expect(firstAbove(sorted, value, sorted.length, hint)).toBe(
            naive(sorted, value, sorted.length),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
