import { fragmentOf } from '../../../src/shared/spans';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unitizingAlpha } from '../../../src/shared/agreement/unitizingAlpha';
import { span, type TestSpan } from './build';

/** A unit as the papers give it: beginning and length. */
function unit(begin: number, length: number, label: string): TestSpan {
  return span(begin, begin + length, label);
}

/** A deterministic pseudo-random source, so the chance-level test is reproducible. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('unitizingAlpha', () => {
  it('matches Krippendorff (2004, Content Analysis 2nd ed., p. 254): cα = 0.7286, kα = 1', () => {
    // Continuum [150, 450), two observers, categories c and k. Published per category:
    // c: D_o = 0.0144, D_e = 0.0532, α = 0.7286; k: D_o = 0, D_e = 0.0490, α = 1.
    const alpha = unitizingAlpha({
      continuum: fragmentOf(150, 450),
      annotators: [
        [unit(225, 70, 'c'), unit(370, 30, 'c'), unit(180, 60, 'k'), unit(300, 50, 'k')],
        [
          unit(220, 80, 'c'),
          unit(355, 20, 'c'),
          unit(400, 20, 'c'),
          unit(180, 60, 'k'),
          unit(300, 50, 'k'),
        ],
      ],
    });
    const { c, k } = alpha.byLabel;
    expect(c?.observed).toBeCloseTo(0.0144, 4);
    expect(c?.expected).toBeCloseTo(0.0532, 4);
    expect(c?.value).toBeCloseTo(0.7286, 4);
    expect(k?.observed).toBe(0);
    expect(k?.expected).toBeCloseTo(0.049, 4);
    expect(k?.value).toBe(1);
    // Pooled from the published figures: 1 − 0.0144 / (0.0532 + 0.0490) ≈ 0.859.
    expect(alpha.overall.value).toBeCloseTo(0.859, 3);
  });

  describe('Krippendorff (1995, p. 57): four pairs of observers on a 24-position continuum', () => {
    // Krippendorff, K. (1995). On the reliability of unitizing continuous data.
    // Sociological Methodology 25, 47–76. Pairs A–D each code their own category.
    function example(stretch: number): ReturnType<typeof unitizingAlpha> {
      const u = (begin: number, length: number, label: string): TestSpan =>
        unit(begin * stretch, length * stretch, label);
      return unitizingAlpha({
        continuum: fragmentOf(0, 24 * stretch),
        annotators: [
          [
            ...[u(2, 8, 'A'), u(14, 6, 'A')],
            u(0, 18, 'B'),
            ...[u(2, 6, 'C'), u(10, 2, 'C'), u(14, 4, 'C'), u(20, 2, 'C')],
            ...[u(0, 2, 'D'), u(2, 8, 'D'), u(10, 4, 'D'), u(14, 6, 'D'), u(20, 4, 'D')],
          ],
          [
            ...[u(4, 4, 'A'), u(15, 2, 'A')],
            ...[
              u(0, 2, 'B'),
              u(2, 1, 'B'),
              u(3, 1, 'B'),
              u(4, 1, 'B'),
              u(5, 1, 'B'),
              u(6, 3, 'B'),
              u(9, 1, 'B'),
            ],
            ...[u(0, 2, 'C'), u(4, 4, 'C'), u(10, 4, 'C'), u(16, 2, 'C'), u(20, 2, 'C')],
            ...[u(0, 4, 'D'), u(4, 4, 'D'), u(8, 7, 'D'), u(15, 2, 'D'), u(17, 7, 'D')],
          ],
        ],
      });
    }

    it('gives the observed disagreements (by hand: A = (8 + 10) / 24², C = 16 / 24²)', () => {
      const { A, B, C, D } = example(1).byLabel;
      expect(A?.observed).toBeCloseTo(18 / 576, 12);
      expect(B?.observed).toBeCloseTo(2.26736, 5);
      expect(C?.observed).toBeCloseTo(16 / 576, 12);
      expect(D?.observed).toBeCloseTo(0.38715, 5);
    });

    it('approaches the published continuous alphas (.553, −.926, .679, .066) at fine resolution', () => {
      // The 1995 form treats the continuum as continuous; at 1000 code points per position
      // the discrete form lands within 0.02 of each (C is the furthest, 0.693).
      const { A, B, C, D } = example(1000).byLabel;
      expect(A?.value).toBeCloseTo(0.553, 2);
      expect(B?.value).toBeCloseTo(-0.926, 2);
      expect(Math.abs((C?.value as number) - 0.679)).toBeLessThan(0.02);
      expect(D?.value).toBeCloseTo(0.066, 2);
    });
  });

  it('is null for a label nobody could disagree on, and for no labels at all', () => {
    const none = unitizingAlpha({ continuum: fragmentOf(0, 10), annotators: [[], []] });
    expect(none).toEqual({ overall: { value: null, observed: 0, expected: 0 }, byLabel: {} });
  });

  it("merges a label's overlapping units of one annotator and treats fragments as units", () => {
    const merged = unitizingAlpha({
      continuum: fragmentOf(0, 30),
      annotators: [[span(2, 8, 'X'), span(5, 12, 'X')], [span(2, 12, 'X')]],
    });
    expect(merged.byLabel.X?.value).toBe(1);
  });

  it('refuses fewer than 2 annotators and fragments outside the continuum', () => {
    expect(() => unitizingAlpha({ continuum: fragmentOf(0, 9), annotators: [[]] })).toThrow(
      RangeError,
    );
    expect(() =>
      unitizingAlpha({ continuum: fragmentOf(0, 9), annotators: [[span(5, 12)], []] }),
    ).toThrow(RangeError);
  });

  /** Up to 6 non-overlapping units of labels P and Q on [0, 100). */
  const annotation = fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('P', 'Q'),
      ),
      {
        maxLength: 6,
      },
    )
    .map((parts) => {
      const spans: TestSpan[] = [];
      let at = 0;
      for (const [gap, length, label] of parts) {
        spans.push(span(at + gap, at + gap + length, label));
        at += gap + length;
      }
      return spans;
    });

  it('is 1 for every label when all annotators mark the same units (property)', () => {
    fc.assert(
      fc.property(annotation, fc.integer({ min: 2, max: 4 }), (spans, m) => {
        const alpha = unitizingAlpha({
          continuum: fragmentOf(0, 100),
          annotators: Array(m).fill(spans),
        });
        for (const figures of Object.values(alpha.byLabel)) expect(figures.value).toBe(1);
      }),
    );
  });

  it('does not depend on annotator order, nor on where the continuum starts (property)', () => {
    fc.assert(
      fc.property(
        annotation,
        annotation,
        annotation,
        fc.integer({ min: 1, max: 500 }),
        (a, b, c, shift) => {
          const base = unitizingAlpha({ continuum: fragmentOf(0, 100), annotators: [a, b, c] });
          const swapped = unitizingAlpha({
            continuum: fragmentOf(0, 100),
            annotators: [c, a, b],
          });
          const moved = (spans: TestSpan[]): TestSpan[] =>
            spans.map((s) =>
              span(s.fragments[0]!.start + shift, s.fragments[0]!.end + shift, s.label),
            );
          const shifted = unitizingAlpha({
            continuum: fragmentOf(shift, 100 + shift),
            annotators: [moved(a), moved(b), moved(c)],
          });
          for (const other of [swapped, shifted]) {
            if (base.overall.value === null) expect(other.overall.value).toBeNull();
            else expect(other.overall.value).toBeCloseTo(base.overall.value, 9);
          }
        },
      ),
    );
  });

  it('is near 0 on average for annotators placing units independently at random', () => {
    // No published vector exists for chance-level data; this checks the defining property.
    const random = lcg(20_04);
    const draw = (): TestSpan[] => {
      const spans: TestSpan[] = [];
      let at = 0;
      for (let i = 0; i < 8; i++) {
        const start = at + Math.floor(random() * 65);
        const end = start + 1 + Math.floor(random() * 15);
        if (end > 300) break;
        spans.push(span(start, end, 'X'));
        at = end;
      }
      return spans;
    };
    let sum = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      sum +=
        unitizingAlpha({ continuum: fragmentOf(0, 300), annotators: [draw(), draw()] }).overall
          .value ?? 0;
    }
    expect(Math.abs(sum / trials)).toBeLessThan(0.1);
  });
});
