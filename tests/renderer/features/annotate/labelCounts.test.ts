import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../../src/shared/model';
import { labelCounts } from '../../../../src/renderer/src/features/annotate/labelCounts';
import { span } from '../../../helpers/span';

const LABELS = ['PERSON', 'ORG', 'GPE', 'STANCE'];

/** The counts by the plainest means: one pass over the list. */
function counted(spans: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  return counts;
}

/** Labels whose count is not zero (a label whose last span left keeps a count of 0). */
function nonZero(counts: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...counts].filter(([, n]) => n !== 0));
}

describe('labelCounts', () => {
  it('counts each label, through any run of adds, deletes and relabels, as a fresh count would', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), label: fc.constantFrom(...LABELS) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('relabel' as const),
        at: fc.nat(),
        label: fc.constantFrom(...LABELS),
      }),
      fc.record({ kind: fc.constant('replace all' as const), size: fc.nat({ max: 1500 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let next = 0;
        let spans: Span[] = [];
        for (const e of edits) {
          if (e.kind === 'add') spans = [...spans, span(next, ++next, e.label)];
          else if (e.kind === 'delete' && spans.length > 0)
            spans = spans.filter((_, i) => i !== e.at % spans.length);
          else if (e.kind === 'relabel' && spans.length > 0) {
            const i = e.at % spans.length;
            spans = spans.map((s, j) => (j === i ? { ...s, label: e.label } : s));
          } else if (e.kind === 'replace all')
            spans = Array.from({ length: e.size }, (_, i) =>
              span(next + i, next + i + 1, LABELS[i % 4]),
            );
          expect(nonZero(labelCounts(spans))).toEqual(counted(spans));
        }
      }),
    );
  });

  it('answers the same map while no count changes, a new one when a count does', () => {
    const drawn = span(0, 5, 'PERSON', 'unsaved_1');
    const first = labelCounts([span(10, 15, 'ORG'), drawn]);
    // The saved span takes the drawn one's place: same labels, same counts.
    const swapped = labelCounts([span(10, 15, 'ORG'), span(0, 5, 'PERSON', 's_saved')]);
    expect(swapped).toBe(first);
    const relabelled = labelCounts([span(10, 15, 'ORG'), span(0, 5, 'ORG', 's_saved')]);
    expect(relabelled).not.toBe(first);
    expect(relabelled.get('ORG')).toBe(2);
  });
});
