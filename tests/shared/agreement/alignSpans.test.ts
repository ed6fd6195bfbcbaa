import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignSpans, type ExtentRelation } from '../../../src/shared/agreement/alignSpans';
import { spansOverlap, spansStack } from '../../../src/shared/spans';
import { discontinuous, span, type TestSpan } from './build';

describe('alignSpans', () => {
  it('pairs identical extents, same label first, then across labels', () => {
    const reference = [span(0, 4, 'PER'), span(20, 25, 'GPE'), span(10, 15, 'ORG')];
    const candidate = [span(20, 25, 'LOC'), span(0, 4, 'PER'), span(10, 14, 'ORG')];
    expect(alignSpans(reference, candidate, 'identical')).toEqual({
      matched: [[0, 1]],
      confused: [[1, 0]],
      unmatchedReference: [2],
      unmatchedCandidate: [2],
    });
  });

  it('pairs stacked duplicates one to one', () => {
    const alignment = alignSpans([span(0, 4), span(0, 4)], [span(0, 4)], 'identical');
    expect(alignment.matched).toEqual([[0, 0]]);
    expect(alignment.unmatchedReference).toEqual([1]);
  });

  it('pairs overlapping extents one to one: a long span matches one of two short ones', () => {
    const alignment = alignSpans([span(0, 10)], [span(0, 4), span(5, 10)], 'overlapping');
    expect(alignment.matched).toEqual([[0, 0]]);
    expect(alignment.unmatchedCandidate).toEqual([1]);
  });

  it('finds the largest pairing where largest-overlap-first would lose one', () => {
    // Greedy by overlap takes A–X (5 code points) and strands B; A–Y plus B–X pairs both.
    const reference = [span(0, 10), span(10, 12)];
    const candidate = [span(5, 11), span(0, 3)];
    expect(alignSpans(reference, candidate, 'overlapping').matched).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('does not pair discontinuous spans whose extents overlap but fragments do not', () => {
    const reference = [discontinuous('PER', [0, 4], [20, 24])];
    const alignment = alignSpans(reference, [span(8, 12)], 'overlapping');
    expect(alignment.matched).toEqual([]);
    expect(alignment.confused).toEqual([]);
  });

  const spans = fc.array(
    fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('PER', 'ORG'),
      )
      .map(([start, length, label]) => span(start, start + length, label)),
    { maxLength: 12 },
  );

  it('accounts for every span once; matched share a label, confused do not (property)', () => {
    const relation = fc.constantFrom<ExtentRelation>('identical', 'overlapping');
    fc.assert(
      fc.property(spans, spans, relation, (reference, candidate, how) => {
        const a = alignSpans(reference, candidate, how);
        const related = how === 'identical' ? spansStack : spansOverlap;
        const refs = [
          ...a.matched.map(([r]) => r),
          ...a.confused.map(([r]) => r),
          ...a.unmatchedReference,
        ];
        const cands = [
          ...a.matched.map(([, c]) => c),
          ...a.confused.map(([, c]) => c),
          ...a.unmatchedCandidate,
        ];
        expect(refs.sort((x, y) => x - y)).toEqual(reference.map((_, i) => i));
        expect(cands.sort((x, y) => x - y)).toEqual(candidate.map((_, i) => i));
        const at = (list: TestSpan[], i: number): TestSpan => list[i] as TestSpan;
        for (const [r, c] of a.matched) {
          expect(at(reference, r).label).toBe(at(candidate, c).label);
          expect(related(at(reference, r), at(candidate, c))).toBe(true);
        }
        for (const [r, c] of a.confused) {
          expect(at(reference, r).label).not.toBe(at(candidate, c).label);
          expect(related(at(reference, r), at(candidate, c))).toBe(true);
        }
      }),
    );
  });
});
