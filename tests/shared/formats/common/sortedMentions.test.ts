import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../../src/shared/formats';
import type { FormatSpan } from '../../../../src/shared/formats';
import {
  IOB_REASONS,
  keptMentionsBySorting,
} from '../../../../src/shared/formats/common/keptMentions';
import { sortedMentions } from '../../../../src/shared/formats/common/sortedMentions';
import { discontinuous, doc, span, spanArbitrary as spanOf } from '../build';

const reasons = (policy: 'longest' | 'first') => ({
  discontinuous: IOB_REASONS.discontinuous,
  noToken: IOB_REASONS.noToken,
  stacked: IOB_REASONS.stacked,
  dropped: IOB_REASONS[policy],
});

/** Spans in the order a layer keeps them: by first fragment's start, then longest first. */
function layerOrder(spans: readonly FormatSpan[]): FormatSpan[] {
  const first = (s: FormatSpan) => s.fragments[0] ?? { start: 0, end: 0 };
  return [...spans].sort((a, b) => first(a).start - first(b).start || first(b).end - first(a).end);
}

describe('sortedMentions', () => {
  it.each([
    ['longest', 'as a layer keeps them'],
    ['first', 'as a layer keeps them'],
    ['longest', 'in any order'],
    ['first', 'in any order'],
    ['longest', 'in order but for a few at the end'],
    ['first', 'in order but for a few at the end'],
  ] as const)(
    'keeps and counts what the general way does under --overlaps %s, spans %s',
    (policy, order) => {
      fc.assert(
        fc.property(fc.array(spanOf, { maxLength: 40 }), (generated) => {
          const spans =
            order === 'in any order'
              ? generated
              : order === 'as a layer keeps them'
                ? layerOrder(generated)
                : // A layer with spans added at its end, a quarter of them at most (sorted in
                  // part: the rest merged into the prefix).
                  [
                    ...layerOrder(generated.slice(generated.length >> 2)),
                    ...generated.slice(0, generated.length >> 2),
                  ];
          const text = 'x'.repeat(80);
          const fast = new Tally();
          const m = sortedMentions(doc(text, { spans }), fast, policy, reasons(policy));
          if (!m) return; // a run of more than 32 overlapping spans: the general way only
          const general = new Tally();
          const g = keptMentionsBySorting(doc(text, { spans }), general, policy);
          expect([...m.start, ...m.end, ...m.span]).toEqual([...g.start, ...g.end, ...g.span]);
          expect(Object.entries(fast.toRecord())).toEqual(Object.entries(general.toRecord()));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('keeps the lowest-index copy of stacked spans and names each kept fragment’s span', () => {
    const spans = [span(0, 5, 'A'), span(0, 5, 'A'), span(3, 9, 'B'), span(20, 24, 'A')];
    const tally = new Tally();
    const m = sortedMentions(doc('x'.repeat(30), { spans }), tally, 'longest', reasons('longest'));
    expect(m && [...m.span]).toEqual([2, 3]);
    expect(tally.toRecord()).toEqual({
      [IOB_REASONS.stacked]: 1,
      [IOB_REASONS.longest]: 1,
    });
  });

  it('names reasons in the order the general way meets them in the layer', () => {
    const spans = [span(0, 0), discontinuous('A', [2, 3], [5, 6]), span(8, 8)];
    const fast = new Tally();
    sortedMentions(doc('x'.repeat(9), { spans }), fast, 'first', reasons('first'));
    expect(Object.keys(fast.toRecord())).toEqual([IOB_REASONS.noToken, IOB_REASONS.discontinuous]);
    const later = new Tally();
    sortedMentions(doc('x'.repeat(9), { spans: spans.slice(1) }), later, 'first', reasons('first'));
    expect(Object.keys(later.toRecord())).toEqual([IOB_REASONS.discontinuous, IOB_REASONS.noToken]);
  });

  it('leaves long runs of overlapping spans to the general way, having counted nothing', () => {
    const nested = Array.from({ length: 33 }, (_, i) => span(i, 80 - i));
    const tally = new Tally();
    const r = reasons('first');
    expect(sortedMentions(doc('x'.repeat(80), { spans: nested }), tally, 'first', r)).toBeNull();
    expect(tally.toRecord()).toEqual({});
  });

  it('puts fragments of discontinuous spans in text order, however far they reach', () => {
    const reaching = Array.from({ length: 8 }, (_, i) =>
      discontinuous('A', [i, i + 1], [70 + i, 71 + i]),
    );
    const inside = Array.from({ length: 20 }, (_, i) => span(20 + i, 21 + i, 'B'));
    for (const spans of [
      [...reaching.slice(0, 1), ...inside],
      [...reaching, ...inside],
    ]) {
      const m = sortedMentions(
        doc('x'.repeat(80), { spans }),
        new Tally(),
        'first',
        reasons('first'),
      );
      const g = keptMentionsBySorting(doc('x'.repeat(80), { spans }), new Tally(), 'first');
      expect(m && [...m.start, ...m.end, ...m.span]).toEqual([...g.start, ...g.end, ...g.span]);
    }
  });

  it('weighs a layer out of order as the general way does', () => {
    const spans = [span(20, 24, 'A'), span(0, 5, 'B'), span(3, 9, 'A'), span(0, 5, 'B')];
    const tally = new Tally();
    const m = sortedMentions(doc('x'.repeat(30), { spans }), tally, 'first', reasons('first'));
    expect(m && [...m.span]).toEqual([1, 0]);
    expect(tally.toRecord()).toEqual({ [IOB_REASONS.stacked]: 1, [IOB_REASONS.first]: 1 });
  });
});
