import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../../src/shared/formats';

const IDS = Array.from({ length: 20 }, (_, i) => `doc-${i}`);

describe('splitDocuments', () => {
  it('gives exact part sizes: 80/10/10 of 20 documents is 16/2/2', () => {
    const split = splitDocuments(IDS, [80, 10, 10], 1);
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([16, 2, 2]);
    expect([...split.train, ...split.dev, ...split.test].sort()).toEqual([...IDS].sort());
  });

  it('gives leftovers to the largest remainders: 7 documents at 60/30/10 is 4/2/1', () => {
    const split = splitDocuments(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [60, 30, 10], 3);
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([4, 2, 1]);
  });

  it('gives each part asked for one document when there are enough: 80/10/10 of 5 or 6 is 3/1/1 or 4/1/1', () => {
    const sizes = (n: number, ratios: [number, number, number]) => {
      const split = splitDocuments(IDS.slice(0, n), ratios, 3);
      return [split.train.length, split.dev.length, split.test.length];
    };
    expect(sizes(5, [80, 10, 10])).toEqual([3, 1, 1]);
    expect(sizes(6, [80, 10, 10])).toEqual([4, 1, 1]);
    expect(sizes(3, [80, 10, 10])).toEqual([1, 1, 1]);
    expect(sizes(10, [90, 0, 10])).toEqual([9, 0, 1]);
    expect(sizes(10, [99, 0, 1])).toEqual([9, 0, 1]);
    // Not enough to go round: the largest remainders as before (the export then names the empty part).
    expect(sizes(2, [80, 10, 10])).toEqual([2, 0, 0]);
  });

  it('depends only on the set of ids and the seed, not on input order or the run', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 40 }), fc.integer(), (ids, seed) => {
        const a = splitDocuments(ids, [80, 10, 10], seed);
        expect(splitDocuments([...ids].reverse(), [80, 10, 10], seed)).toEqual(a);
        expect(a.train.length + a.dev.length + a.test.length).toBe(ids.length);
      }),
    );
  });

  it('is a known answer for seed 42, so a change to it is noticed', () => {
    expect(
      splitDocuments(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], [80, 10, 10], 42),
    ).toEqual({
      train: ['a', 'c', 'e', 'f', 'g', 'h', 'i', 'j'],
      dev: ['d'],
      test: ['b'],
    });
  });

  it('changes with the seed', () => {
    expect(splitDocuments(IDS, [50, 0, 50], 1)).not.toEqual(splitDocuments(IDS, [50, 0, 50], 2));
  });

  it('rejects bad ratios and seeds', () => {
    expect(() => splitDocuments(IDS, [0, 0, 0], 1)).toThrow('split ratios must not all be zero');
    expect(() => splitDocuments(IDS, [-1, 1, 1], 1)).toThrow('non-negative');
    expect(() => splitDocuments(IDS, [80, 10, 10], 1.5)).toThrow('the seed must be an integer');
  });
});
