import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  stanceAgreement,
  stanceAgreementSchema,
} from '../../../src/shared/agreement/stanceAgreement';
import type { StanceDocument } from '../../../src/shared/agreement/stanceUnits';
import { layer, span, stance, type TestSpan } from './build';

/** One document where annotator a gives `polarities[u][a]` (null: no stance) on unit u. */
function document(polarities: readonly (readonly (string | null)[])[]): StanceDocument {
  const annotators = polarities[0]?.length ?? 0;
  const layers = Array.from({ length: annotators }, (_, a) => {
    const spans: TestSpan[] = [];
    const stances = polarities.flatMap((unit, u) => {
      const polarity = unit[a];
      if (polarity == null) return [];
      const evidence = span(u * 10, u * 10 + 5, 'QUOTE');
      spans.push(evidence);
      return [stance(polarity, [evidence])];
    });
    return layer(spans, stances);
  });
  return { id: 'd1', layers };
}

function repeat(count: number, unit: readonly (string | null)[]): (string | null)[][] {
  return Array.from({ length: count }, () => [...unit]);
}

describe('stanceAgreement', () => {
  it("reproduces the Wikipedia Cohen example through stances: κ = 0.4, α = 0.4, Fleiss = Scott's π", () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa — 50 units: 20 FAVOR/FAVOR,
    // 5 FAVOR/AGAINST, 10 AGAINST/FAVOR, 15 AGAINST/AGAINST. Pooled FAVOR share 0.55, so
    // π = (0.7 − 0.505) / 0.495 and α = 1 − (99/100)(1 − π) = 0.4.
    const result = stanceAgreement([
      document([
        ...repeat(20, ['FAVOR', 'FAVOR']),
        ...repeat(5, ['FAVOR', 'AGAINST']),
        ...repeat(10, ['AGAINST', 'FAVOR']),
        ...repeat(15, ['AGAINST', 'AGAINST']),
      ]),
    ]);
    expect(result.units).toBe(50);
    expect(result.cohenKappa).toBeCloseTo(0.4, 10);
    expect(result.fleissKappa).toBeCloseTo((0.7 - 0.505) / 0.495, 10);
    expect(result.krippendorffAlpha).toBeCloseTo(0.4, 10);
    expect(stanceAgreementSchema.parse(result)).toEqual(result);
  });

  it('uses units both rated for Cohen and complete units for Fleiss; alpha takes the rest too', () => {
    const result = stanceAgreement([
      document([
        ['FAVOR', 'FAVOR'],
        ['AGAINST', 'AGAINST'],
        ['FAVOR', null],
        [null, 'AGAINST'],
      ]),
    ]);
    expect(result).toEqual({ units: 4, cohenKappa: 1, fleissKappa: 1, krippendorffAlpha: 1 });
  });

  it('has no Cohen kappa for three annotators, and no Fleiss kappa without complete units', () => {
    const three = stanceAgreement([
      document([
        ['FAVOR', 'FAVOR', 'AGAINST'],
        ['AGAINST', 'AGAINST', 'AGAINST'],
        ['FAVOR', 'FAVOR', null],
      ]),
    ]);
    expect(three.cohenKappa).toBeNull();
    expect(three.fleissKappa).not.toBeNull();
    const sparse = stanceAgreement([
      document([
        ['FAVOR', null],
        [null, 'AGAINST'],
      ]),
    ]);
    expect(sparse).toEqual({
      units: 2,
      cohenKappa: null,
      fleissKappa: null,
      krippendorffAlpha: null,
    });
    expect(stanceAgreement([])).toEqual({
      units: 0,
      cohenKappa: null,
      fleissKappa: null,
      krippendorffAlpha: null,
    });
  });

  it('is 1 everywhere when annotators agree on every unit and two polarities occur (property)', () => {
    const polarity = fc.constantFrom('FAVOR', 'AGAINST', 'NONE');
    fc.assert(
      fc.property(
        fc.array(polarity, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 2, max: 4 }),
        (units, m) => {
          const result = stanceAgreement([document(units.map((p) => Array<string>(m).fill(p)))]);
          const expected = new Set(units).size > 1 ? 1 : null;
          expect(result).toEqual({
            units: units.length,
            cohenKappa: m === 2 ? expected : null,
            fleissKappa: expected,
            krippendorffAlpha: expected,
          });
        },
      ),
    );
  });
});
