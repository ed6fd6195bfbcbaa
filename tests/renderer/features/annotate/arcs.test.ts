import { describe, expect, it } from 'vitest';
import type { AnnotationEvent, Relation } from '../../../../src/shared/model';
import { arcLinks } from '../../../../src/renderer/src/features/annotate/arcLinks';
import { arcPath, arcRise } from '../../../../src/renderer/src/features/annotate/arcPath';

// brat's own example (its documentation's "Merge-org" event and a Family relation).
const relations: Relation[] = [
  { id: 'R1', type: 'Family', from: 'T6', to: 'T7' },
  { id: 'R2', type: 'Cause', from: 'E1', to: 'T6' },
  { id: 'R3', type: 'Lost', from: 'T6', to: 'T99' },
];
const events: AnnotationEvent[] = [
  {
    id: 'E1',
    type: 'Merge-org',
    trigger: 'T3',
    arguments: [
      { role: 'Org-Arg', ref: 'T1' },
      { role: 'Org-Arg2', ref: 'T2' },
    ],
  },
];

describe('arcLinks', () => {
  it('draws relations span to span, event arguments from the trigger, an event end at its trigger, and leaves out ends it cannot draw', () => {
    const spans = new Set(['T1', 'T2', 'T3', 'T6', 'T7']);
    expect(arcLinks(relations, events, spans)).toEqual([
      { id: 'R1', label: 'Family', from: 'T6', to: 'T7' },
      { id: 'R2', label: 'Cause', from: 'T3', to: 'T6' },
      { id: 'E1:0', label: 'Org-Arg', from: 'T3', to: 'T1' },
      { id: 'E1:1', label: 'Org-Arg2', from: 'T3', to: 'T2' },
    ]);
  });

  it('draws no arc from a span to itself', () => {
    expect(
      arcLinks([{ id: 'R1', type: 'Same', from: 'T1', to: 'T1' }], [], new Set(['T1'])),
    ).toEqual([]);
  });
});

describe('arcPath', () => {
  const column = { left: 0, right: 700 };

  it('rises above the line between the two spans, its label centred on the highest point', () => {
    const shape = arcPath({
      from: { left: 0, right: 40, top: 100 },
      to: { left: 200, right: 240, top: 100 },
      column,
    });
    expect(shape.segments).toEqual([{ d: 'M 20 100 C 20 88 220 88 220 100', arrow: true }]);
    // The curve's highest point: B(1/2) = (y0 + 3c + 3c + y3) / 8.
    expect(shape.labels).toEqual([{ x: 120, y: (100 + 6 * 88 + 100) / 8 }]);
  });

  it('between lines, runs from the upper span to the right edge and from the left edge to the lower span, the arrow on the end it points to', () => {
    // From a span on a lower line back to one on an upper line.
    const shape = arcPath({
      from: { left: 300, right: 340, top: 140 },
      to: { left: 10, right: 50, top: 100 },
      column,
    });
    expect(shape.segments).toEqual([
      { d: 'M 700 88 L 42 88 C 30 88 30 88 30 100', arrow: true },
      { d: 'M 320 140 C 320 128 320 128 308 128 L 0 128', arrow: false },
    ]);
    expect(shape.labels).toEqual([
      { x: 365, y: 88 },
      { x: 160, y: 128 },
    ]);
    // The same arc the other way points down at the lower span.
    const down = arcPath({
      from: { left: 10, right: 50, top: 100 },
      to: { left: 300, right: 340, top: 140 },
      column,
    });
    expect(down.segments.map((s) => s.arrow)).toEqual([false, true]);
    expect(down.segments[1]?.d.endsWith('320 140')).toBe(true);
  });

  it('rises 7 px for neighbours and never more than 12 px', () => {
    expect(arcRise(0)).toBe(7);
    expect(arcRise(10_000)).toBe(12);
  });
});
