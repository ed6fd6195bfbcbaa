import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fleissKappa } from '../../../src/shared/agreement/fleissKappa';
import { fromCounts } from './build';

describe('fleissKappa', () => {
  it('matches the Wikipedia "Fleiss\' kappa" worked example (10 subjects, 14 raters, κ ≈ 0.210)', () => {
    // https://en.wikipedia.org/wiki/Fleiss%27_kappa — P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const kappa = fleissKappa(table.map((row) => fromCounts(row, [1, 2, 3, 4, 5])));
    expect(kappa).toMatchObject({ units: 10, raters: 14 });
    expect(kappa.observed).toBeCloseTo(0.378, 3);
    expect(kappa.expected).toBeCloseTo(0.213, 3);
    expect(kappa.value).toBeCloseTo(0.21, 3);
  });

  it('matches Fleiss (1971, p. 379): 30 patients, 6 psychiatrists, 5 diagnoses, κ = .430', () => {
    // Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
    // Psychological Bulletin 76(5), 378–382: P̄ = .556, P̄e = .220, κ = .430.
    const diagnoses = [
      [4, 4, 4, 4, 4, 4],
      [2, 2, 2, 5, 5, 5],
      [2, 3, 3, 3, 3, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3],
      [3, 3, 3, 3, 5, 5],
      [1, 1, 3, 3, 3, 4],
      [1, 1, 4, 4, 4, 4],
      [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4],
      [1, 2, 4, 4, 4, 4],
      [2, 2, 2, 3, 3, 3],
      [1, 4, 4, 4, 4, 4],
      [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5],
      [1, 1, 1, 4, 5, 5],
      [1, 1, 1, 1, 1, 2],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 4, 4, 4, 4, 4],
      [2, 2, 4, 5, 5, 5],
      [1, 1, 4, 4, 4, 4],
      [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4],
      [1, 1, 1, 1, 5, 5],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 3, 3, 3],
      [5, 5, 5, 5, 5, 5],
    ];
    const kappa = fleissKappa(diagnoses);
    expect(kappa.observed).toBeCloseTo(0.5556, 3);
    expect(kappa.expected).toBeCloseTo(0.2201, 3);
    expect(kappa.value).toBeCloseTo(0.43, 3);
  });

  it('is null with no units or a single category, and refuses ragged or lone ratings', () => {
    expect(fleissKappa([]).value).toBeNull();
    expect(
      fleissKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]).value,
    ).toBeNull();
    expect(() => fleissKappa([['a', 'b'], ['a']])).toThrow(RangeError);
    expect(() => fleissKappa([['a'], ['b']])).toThrow(RangeError);
  });

  it("equals Scott's pi for two raters: (p_o − p_e) / (1 − p_e) with pooled marginals", () => {
    // Two raters, 4 units: a/a, a/b, b/b, b/b → p_o = 0.75; pooled a = 3/8, b = 5/8.
    const expected = (3 / 8) ** 2 + (5 / 8) ** 2;
    const kappa = fleissKappa([
      ['a', 'a'],
      ['a', 'b'],
      ['b', 'b'],
      ['b', 'b'],
    ]);
    expect(kappa.value).toBeCloseTo((0.75 - expected) / (1 - expected), 12);
  });

  it('is 1 when every unit is rated unanimously and two categories occur (property)', () => {
    const units = fc.array(fc.constantFrom('x', 'y', 'z'), { minLength: 2 });
    fc.assert(
      fc.property(units, fc.integer({ min: 2, max: 9 }), (labels, raters) => {
        const value = fleissKappa(labels.map((l) => Array<string>(raters).fill(l))).value;
        expect(value).toBe(new Set(labels).size > 1 ? 1 : null);
      }),
    );
  });

  it('does not depend on the order of units or of ratings within a unit (property)', () => {
    const unit = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1 }), (units) => {
        const value = fleissKappa(units).value;
        const shuffled = [...units].reverse().map((u) => [...u].reverse());
        const again = fleissKappa(shuffled).value;
        if (value === null) expect(again).toBeNull();
        else expect(again).toBeCloseTo(value, 12);
      }),
    );
  });
});
