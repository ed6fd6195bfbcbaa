import { describe, expect, it } from 'vitest';
import type { AnnotationEvent, Relation } from '../../../../src/shared/model';
import { arcLinks } from '../../../../src/renderer/src/features/annotate/arcLinks';
import {
  arcPath,
  arcPieces,
  arcRise,
  LEVEL_STEP,
} from '../../../../src/renderer/src/features/annotate/arcPath';
import { MAX_LEVEL, stackArcs } from '../../../../src/renderer/src/features/annotate/arcStack';

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

  it('draws arcs that would lie on each other once (two events on one trigger with the same argument)', () => {
    const twice: AnnotationEvent[] = [
      { id: 'E2', type: 'Regulation', trigger: 'T25', arguments: [{ role: 'Cause', ref: 'T4' }] },
      { id: 'E3', type: 'Regulation', trigger: 'T25', arguments: [{ role: 'Cause', ref: 'T4' }] },
      { id: 'E4', type: 'Regulation', trigger: 'T25', arguments: [{ role: 'Theme', ref: 'T4' }] },
    ];
    expect(arcLinks([], twice, new Set(['T4', 'T25']))).toEqual([
      { id: 'E2:0 E3:0', label: 'Cause', from: 'T25', to: 'T4' },
      { id: 'E4:0', label: 'Theme', from: 'T25', to: 'T4' },
    ]);
  });

  it('draws an equivalence set as brat does: an undirected arc from each member to the next', () => {
    // brat's own example (060-relation_annotation.ann): `*	Equiv T3 T4 T5`.
    const spans = new Set(['T3', 'T4', 'T5']);
    expect(arcLinks([], [], spans, [{ type: 'Equiv', members: ['T3', 'T4', 'T5'] }])).toEqual([
      { id: '*0:0', label: 'Equiv', from: 'T3', to: 'T4', symmetric: true },
      { id: '*0:1', label: 'Equiv', from: 'T4', to: 'T5', symmetric: true },
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

describe('stacked arcs', () => {
  const column = { left: 0, right: 700 };
  const word = (left: number, top = 100) => ({ left, right: left + 40, top });

  it('lifts a lifted arc by one step per level, on one line and on each piece between lines', () => {
    const ends = { from: word(0), to: word(200), column };
    const low = arcPath(ends).labels[0]!;
    const high = arcPath(ends, [2]).labels[0]!;
    // The label sits on the curve's highest point, which is 3/4 of the lift higher.
    expect(low.y - high.y).toBeCloseTo(2 * LEVEL_STEP * 0.75 + (2 * LEVEL_STEP) / 4, 5);
    const across = { from: word(300, 140), to: word(10, 100), column };
    const [upper, lower] = arcPath(across, [1, 0]).labels;
    expect(upper!.y).toBe(100 - arcRise(Infinity) - LEVEL_STEP);
    expect(lower!.y).toBe(140 - arcRise(Infinity));
  });

  it('keeps a short arc low and lifts the longer arc over the same words (brat: Theme under Cause)', () => {
    // "regulated" → "Sp1" (Cause) spans "expression" → … (Theme) on one line.
    const cause = arcPieces({ from: word(0), to: word(300), column });
    const theme = arcPieces({ from: word(0), to: word(100), column });
    expect(stackArcs([cause, theme], ['Cause', 'Theme'])).toEqual([[1], [0]]);
  });

  it('leaves arcs that do not touch on the lowest level, on one line or on different lines', () => {
    const left = arcPieces({ from: word(0), to: word(100), column });
    const right = arcPieces({ from: word(300), to: word(400), column });
    const below = arcPieces({ from: word(0, 140), to: word(300, 140), column });
    expect(stackArcs([left, right, below], ['A', 'B', 'C'])).toEqual([[0], [0], [0]]);
  });

  it('treats tops a few pixels apart as one line', () => {
    const a = arcPieces({ from: word(0, 100), to: word(300, 100), column });
    const b = arcPieces({ from: word(50, 102), to: word(150, 102), column });
    expect(stackArcs([a, b], ['A', 'B'])).toEqual([[1], [0]]);
  });

  it('keeps labels apart: short arcs whose labels would touch stack', () => {
    // Arcs 20–40 and 50–70 do not meet, but their 42 px labels, centred 30 px apart, would.
    const a = arcPieces({ from: word(0), to: word(20), column });
    const b = arcPieces({ from: word(30), to: word(50), column });
    expect(stackArcs([a, b], ['Theme2', 'Theme3'])).toEqual([[0], [1]]);
  });

  it('stacks the pieces of arcs between lines: two arcs leaving one line for the right edge', () => {
    const first = arcPieces({ from: word(100, 100), to: word(50, 140), column });
    const second = arcPieces({ from: word(300, 100), to: word(400, 140), column });
    expect(stackArcs([first, second], ['A', 'B'])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('never goes above the top level: arcs that still collide share it', () => {
    const nested = [0, 1, 2, 3, 4].map((n) =>
      arcPieces({ from: word(200 - n * 40), to: word(240 + n * 40), column }),
    );
    const levels = stackArcs(nested, ['A', 'B', 'C', 'D', 'E']).map(([level]) => level);
    expect(levels).toEqual([0, 1, 2, MAX_LEVEL, MAX_LEVEL]);
  });
});
