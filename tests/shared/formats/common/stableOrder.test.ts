import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableOrder } from '../../../../src/shared/formats/common/stableOrder';

describe('stableOrder', () => {
  it('sorts items by their key, equal keys in the order they came', () => {
    expect([...stableOrder(Int32Array.of(0, 1, 2), Int32Array.of(5, 3, 5), 5)]).toEqual([1, 0, 2]);
    expect([...stableOrder(Int32Array.of(2, 1, 0), Int32Array.of(7, 7, 0), 7)]).toEqual([2, 1, 0]);
  });

  it('orders like a stable comparison sort, short lists and long, keys of one to three radix digits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 600, size: 'max' }),
        fc.integer({ min: 1, max: 31 }),
        (raw, bits) => {
          const key = Int32Array.from(raw, (k) => k % 2 ** bits);
          const items = Int32Array.from(key.keys()).reverse();
          const max = key.reduce((m, k) => Math.max(m, k), 0);
          const expected = [...items].sort((a, b) => (key[a] ?? 0) - (key[b] ?? 0));
          expect([...stableOrder(items, key, max)]).toEqual(expected);
        },
      ),
    );
  });
});
