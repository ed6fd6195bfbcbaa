import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  krippendorffAlpha,
  type ReliabilityUnit,
} from '../../../src/shared/agreement/krippendorffAlpha';

const _ = null;

/** Units as columns of an observers-by-units table, the layout the papers print. */
function byObserver(...observers: readonly ReliabilityUnit[]): ReliabilityUnit[] {
  const units = Math.max(...observers.map((o) => o.length));
  return Array.from({ length: units }, (__, u) => observers.map((o) => o[u]));
}

describe('krippendorffAlpha', () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
  // for Communication, University of Pennsylvania. Section C: 4 observers, 12 units,
  // values 1–5, missing data. Published: nominal .743, ordinal .815, interval .849, ratio .797.
  const fourObservers = byObserver(
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  );

  it('matches Krippendorff (2011) section C, nominal: α = 0.743 (unit 12 is not pairable)', () => {
    const alpha = krippendorffAlpha(fourObservers);
    expect(alpha.pairable).toBe(40);
    expect(alpha.value).toBeCloseTo(0.743, 3);
  });

  it.each([
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('matches Krippendorff (2011) section C, %s: α = %f', (metric, published) => {
    expect(krippendorffAlpha(fourObservers, { metric }).value).toBeCloseTo(published, 3);
  });

  it('matches Krippendorff (2011) section A: 2 observers, 10 units, binary data, α = 0.095', () => {
    const alpha = krippendorffAlpha(
      byObserver([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]),
    );
    expect(alpha.pairable).toBe(20);
    expect(alpha.value).toBeCloseTo(0.095, 3);
  });

  it('matches the Wikipedia "Krippendorff\'s alpha" computational example: nominal 0.691, interval 0.811', () => {
    // https://en.wikipedia.org/wiki/Krippendorff%27s_alpha — 3 coders, 15 units, missing data.
    const units = byObserver(
      [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
      [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
      [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    );
    expect(krippendorffAlpha(units).value).toBeCloseTo(0.691, 3);
    expect(krippendorffAlpha(units, { metric: 'interval' }).value).toBeCloseTo(0.811, 3);
  });

  it('is null without pairable values or without variation; refuses text on a numeric metric', () => {
    expect(krippendorffAlpha([]).value).toBeNull();
    expect(
      krippendorffAlpha([
        [1, _],
        [_, 2],
      ]),
    ).toMatchObject({ value: null, pairable: 0 });
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['a', 'a'],
      ]).value,
    ).toBeNull();
    expect(() => krippendorffAlpha([['a', 'b']], { metric: 'interval' })).toThrow(TypeError);
  });

  const ratingsTable = fc.integer({ min: 2, max: 5 }).chain((raters) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), {
        minLength: raters,
        maxLength: raters,
      }),
      { minLength: 1, maxLength: 30 },
    ),
  );

  it('is 1 when every rater of every unit agrees and two values occur (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2 }), (values) => {
        const units = values.map((v, i) => (i % 2 === 0 ? [v, v, null] : [v, v, v]));
        for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
          const alpha = krippendorffAlpha(units, { metric }).value;
          expect(alpha).toBe(new Set(values).size > 1 ? 1 : null);
        }
      }),
    );
  });

  it('does not depend on the order of units or raters (property)', () => {
    fc.assert(
      fc.property(ratingsTable, (units) => {
        const alpha = krippendorffAlpha(units, { metric: 'interval' }).value;
        const again = krippendorffAlpha(
          [...units].reverse().map((u) => [...u].reverse()),
          { metric: 'interval' },
        ).value;
        if (alpha === null) expect(again).toBeNull();
        else expect(again).toBeCloseTo(alpha, 10);
      }),
    );
  });

  it("relates to Scott's pi as α = 1 − (n − 1)/n · (1 − π) for 2 raters, complete nominal data (property)", () => {
    // Follows from the definitions: n pairable values, π's chance disagreement 1 − Σ p_c².
    const pairs = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b', 'c')),
      {
        minLength: 2,
      },
    );
    fc.assert(
      fc.property(pairs, (units) => {
        const n = units.length * 2;
        const disagree = units.filter(([x, y]) => x !== y).length / units.length;
        const counts = new Map<string, number>();
        for (const value of units.flat()) counts.set(value, (counts.get(value) ?? 0) + 1);
        const squares = [...counts.values()].reduce((sum, c) => sum + c * c, 0);
        const chance = 1 - squares / (n * n);
        const alpha = krippendorffAlpha(units).value;
        if (chance === 0) return;
        const pi = 1 - disagree / chance;
        expect(alpha).toBeCloseTo(1 - ((n - 1) / n) * (1 - pi), 10);
      }),
    );
  });
});
