import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCounts, scoresOf } from '../../../src/shared/agreement/scores';

describe('scoresOf', () => {
  it('derives precision, recall and F1 from counts', () => {
    const scores = scoresOf({ tp: 3, fp: 1, fn: 2 });
    expect(scores).toMatchObject({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6 });
    expect(scores.f1).toBeCloseTo(2 / 3, 12);
  });

  it('is null only for 0/0: nothing on either side', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({
      precision: null,
      recall: null,
      f1: null,
    });
    expect(scoresOf({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(scoresOf({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  const counts = fc.record({ tp: fc.nat(50), fp: fc.nat(50), fn: fc.nat(50) });

  it('F1 is the harmonic mean of precision and recall where both are positive (property)', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const { precision: p, recall: r, f1 } = scoresOf(c);
        if (p && r) expect(f1).toBeCloseTo((2 * p * r) / (p + r), 12);
      }),
    );
  });

  it('swapping fp and fn swaps precision and recall and keeps F1 (property)', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const a = scoresOf(c);
        const b = scoresOf({ tp: c.tp, fp: c.fn, fn: c.fp });
        expect([b.precision, b.recall, b.f1]).toEqual([a.recall, a.precision, a.f1]);
      }),
    );
  });

  it('addCounts sums each count', () => {
    expect(addCounts({ tp: 1, fp: 0, fn: 2 }, { tp: 1, fp: 1, fn: 0 })).toEqual({
      tp: 2,
      fp: 1,
      fn: 2,
    });
  });
});
