import { describe, expect, it } from 'vitest';
import { tokenAgreement, type AgreementDocument } from '../../../src/shared/agreement';
import { span } from '../../helpers/span';

/**
 * Wikipedia's worked example for Fleiss' kappa (https://en.wikipedia.org/wiki/Fleiss%27_kappa):
 * 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210. Here each subject
 * is one word of a document, categories 1–4 are labels A–D and category 5 is no span (O).
 */
const TABLE = [
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
const LABELS = ['A', 'B', 'C', 'D', null];

function wikipediaDocument(): { doc: AgreementDocument; annotators: string[] } {
  const words = TABLE.map((_, i) => `w${i}`);
  const text = words.join(' ');
  const annotators = Array.from({ length: 14 }, (_, r) => `r${r}`);
  const layers = annotators.map(() => ({ spans: [] as ReturnType<typeof span>[], stances: [] }));
  TABLE.forEach((row, unit) => {
    const start = text.indexOf(`w${unit}`);
    let rater = 0;
    row.forEach((count, category) => {
      for (let n = 0; n < count; n++, rater++) {
        const label = LABELS[category];
        if (label) layers[rater]!.spans.push(span(start, start + 2, label, `s${unit}_${rater}`));
      }
    });
  });
  return { doc: { id: 'wiki', text, layers }, annotators };
}

describe('tokenAgreement', () => {
  it("reproduces Wikipedia's Fleiss kappa example through spans of 14 annotators: κ = 0.210", () => {
    const { doc, annotators } = wikipediaDocument();
    const result = tokenAgreement([doc], annotators);
    expect(result.units).toBe(10);
    expect(result.fleissKappa).toBeCloseTo(0.21, 3);
    expect(Object.keys(result.byLabel)).toEqual(['A', 'B', 'C', 'D']);
    const totals: Record<string, number> = {};
    for (const counts of Object.values(result.distribution))
      for (const [label, n] of Object.entries(counts)) totals[label] = (totals[label] ?? 0) + n;
    expect(totals).toEqual({ A: 20, B: 28, C: 39, D: 21 }); // the table's column sums
  });

  it('gives 1 for three annotators who agree on every token', () => {
    const text = 'Mike Pompeo met Adel Abdul-Mahdi';
    const layer = { spans: [span(0, 11, 'PER', 'a'), span(16, 32, 'PER', 'b')], stances: [] };
    const result = tokenAgreement(
      [{ id: 'd', text, layers: [layer, layer, layer] }],
      ['x', 'y', 'z'],
    );
    expect(result.fleissKappa).toBe(1);
    expect(result.krippendorffAlpha).toBe(1);
    expect(result.byLabel.PER).toEqual({ fleissKappa: 1, krippendorffAlpha: 1 });
  });

  it('counts spans of labels named like Object.prototype members as ordinary labels', () => {
    const text = 'Mike Pompeo met Adel Abdul-Mahdi';
    const spans = [
      span(0, 4, 'constructor', 'a'),
      span(5, 11, 'constructor', 'b'),
      span(16, 20, '__proto__', 'c'),
      span(21, 32, 'toString', 'd'),
    ];
    const layer = { spans, stances: [] };
    const result = tokenAgreement([{ id: 'd', text, layers: [layer, layer] }], ['x', 'y']);
    const counts = result.distribution.x;
    expect(counts && Object.getPrototypeOf(counts)).toBe(Object.prototype);
    expect(counts && Object.entries(counts)).toEqual([
      ['constructor', 2],
      ['__proto__', 1],
      ['toString', 1],
    ]);
  });
});
