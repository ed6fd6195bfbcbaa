import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../../src/shared/formats';
import { keptMentions } from '../../../../src/shared/formats/common/keptMentions';
import type { FormatSpan } from '../../../../src/shared/formats';
import { discontinuous, doc, span, spanArbitrary as spanOf } from '../build';

/** The policies as their help text states them, by a comparison sort and a greedy pass over whole spans. */
function reference(spans: readonly FormatSpan[], policy: 'longest' | 'first'): string[] {
  const length = (s: FormatSpan) => s.fragments.reduce((n, f) => n + f.end - f.start, 0);
  // An empty fragment is left out (and counted), so it does not place its span.
  const start = (s: FormatSpan) =>
    Math.min(...s.fragments.filter((f) => f.end > f.start).map((f) => f.start));
  const order = spans
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => length(s) > 0)
    .sort((a, b) =>
      policy === 'longest'
        ? length(b.s) - length(a.s) || start(a.s) - start(b.s) || a.index - b.index
        : start(a.s) - start(b.s) || length(b.s) - length(a.s) || a.index - b.index,
    );
  const taken = new Set<number>();
  const kept: string[] = [];
  for (const { s } of order) {
    const points = s.fragments.flatMap((f) =>
      Array.from({ length: f.end - f.start }, (_, i) => f.start + i),
    );
    if (points.some((p) => taken.has(p))) continue;
    for (const p of points) taken.add(p);
    for (const f of s.fragments) if (f.end > f.start) kept.push(`${f.start}-${f.end} ${s.label}`);
  }
  return kept.sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
}

describe('keptMentions', () => {
  it.each(['longest', 'first'] as const)(
    'keeps the spans --overlaps %s names, whatever order the layer holds them in',
    (policy) => {
      fc.assert(
        fc.property(fc.array(spanOf, { maxLength: 40 }), (spans) => {
          const m = keptMentions(doc('x'.repeat(80), { spans }), new Tally(), policy);
          const got = Array.from(
            { length: m.count },
            (_, i) => `${m.start[i]}-${m.end[i]} ${spans[m.span[i] ?? 0]?.label}`,
          );
          expect(got).toEqual(reference(spans, policy));
        }),
        { numRuns: 500 },
      );
    },
  );

  it('gives the fragments in text order, each with its span', () => {
    const spans = [span(10, 14, 'B'), discontinuous('A', [0, 3], [20, 24]), span(5, 8, 'C')];
    const m = keptMentions(doc('x'.repeat(30), { spans }), new Tally(), 'longest');
    expect([...m.start]).toEqual([0, 5, 10, 20]);
    expect([...m.span]).toEqual([1, 2, 0, 1]);
  });
});
