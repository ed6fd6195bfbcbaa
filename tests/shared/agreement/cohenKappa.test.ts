import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohenKappa } from '../../../src/shared/agreement/cohenKappa';
import { fromTable } from './build';

describe('cohenKappa', () => {
  it('matches the Wikipedia "Cohen\'s kappa" worked example (50 items: 20/5/10/15 → κ = 0.4)', () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa — Simple example: p_o = 0.7, p_e = 0.5.
    const [a, b] = fromTable(
      [
        [20, 5],
        [10, 15],
      ],
      ['yes', 'no'],
    );
    const kappa = cohenKappa(a, b);
    expect(kappa.items).toBe(50);
    expect(kappa.observed).toBeCloseTo(0.7, 10);
    expect(kappa.expected).toBeCloseTo(0.5, 10);
    expect(kappa.value).toBeCloseTo(0.4, 10);
  });

  it('matches Wikipedia\'s "same percentages but different numbers" tables (κ = 0.1304, 0.2593)', () => {
    // Same article: both tables have p_o = 0.60 but different marginals.
    const [a1, b1] = fromTable(
      [
        [45, 15],
        [25, 15],
      ],
      ['yes', 'no'],
    );
    expect(cohenKappa(a1, b1).value).toBeCloseTo(0.1304, 4);
    const [a2, b2] = fromTable(
      [
        [25, 35],
        [5, 35],
      ],
      ['yes', 'no'],
    );
    expect(cohenKappa(a2, b2).value).toBeCloseTo(0.2593, 4);
  });

  it('matches Cohen (1960, p. 45): 200 items, 3 categories, p_o = .70, p_c = .41, κ = .492', () => {
    // Cohen, J. (1960). A coefficient of agreement for nominal scales. EPM 20(1), 37–46.
    const [a, b] = fromTable(
      [
        [88, 14, 18],
        [10, 40, 10],
        [2, 6, 12],
      ],
      [1, 2, 3],
    );
    const kappa = cohenKappa(a, b);
    expect(kappa.observed).toBeCloseTo(0.7, 10);
    expect(kappa.expected).toBeCloseTo(0.41, 10);
    expect(kappa.value).toBeCloseTo(0.492, 3);
  });

  it('is null when undefined: no items, or both raters always use one category', () => {
    expect(cohenKappa([], []).value).toBeNull();
    expect(cohenKappa(['a', 'a'], ['a', 'a'])).toMatchObject({
      value: null,
      observed: 1,
      expected: 1,
    });
  });

  it('refuses rating lists of different lengths', () => {
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow(RangeError);
  });

  it('is 1 for identical ratings that use at least two categories (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('FAVOR', 'AGAINST', 'NONE'), { minLength: 1 }),
        (ratings) => {
          const kappa = cohenKappa(ratings, ratings).value;
          expect(kappa).toBe(new Set(ratings).size > 1 ? 1 : null);
        },
      ),
    );
  });

  it('does not depend on which rater comes first, nor on item order (property)', () => {
    const pairs = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      {
        minLength: 1,
      },
    );
    fc.assert(
      fc.property(pairs, (items) => {
        const a = items.map(([x]) => x);
        const b = items.map(([, y]) => y);
        const kappa = cohenKappa(a, b).value;
        expect(cohenKappa(b, a).value).toBe(kappa);
        expect(cohenKappa([...a].reverse(), [...b].reverse()).value).toBe(kappa);
        if (kappa !== null) expect(kappa).toBeLessThanOrEqual(1);
      }),
    );
  });
});
