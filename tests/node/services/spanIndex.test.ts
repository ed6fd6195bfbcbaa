import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSpans, sortSpans, spanIndexOf } from '../../../src/node/services/spanIndex';
import type { Change } from '../../../src/node/services/transaction';
import { applyLayerEdit, diffLayers } from '../../../src/node/store/layerEdit';
import { knownItemEdit } from '../../../src/node/store/knownItemEdit';
import { layerFieldsOf, layerWithSpans, spansKey } from '../../../src/node/store/layerSpans';
import { plainDataProblem } from '../../../src/shared/contract';
import { emptyLayer, type Layer, type Span } from '../../../src/shared/model';
import { span } from '../../helpers/span';

function layerOf(spans: readonly Span[]): Layer {
  return { ...emptyLayer('d1', 'hash', 'amira'), spans: [...spans] };
}

/** The layer one step makes, as the edit session makes it (its flat spans not built). */
function stepped(before: Layer, changes: ReadonlyMap<string, Change<Span>>): Layer {
  return layerWithSpans(layerFieldsOf(before), nextSpans(before, changes));
}

/** The same step backwards: what an undo applies. */
function inverse(changes: ReadonlyMap<string, Change<Span>>): Map<string, Change<Span>> {
  return new Map([...changes].map(([id, [was, now]]) => [id, [now, was] as Change<Span>]));
}

type Op =
  | { kind: 'add'; start: number; length: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'move'; pick: number; start: number }
  | { kind: 'undo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      start: fc.nat(900),
      length: fc.integer({ min: 1, max: 9 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      start: fc.nat(900),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

/** The changes one operation makes to the spans the model holds (null: nothing to do). */
function changesOf(o: Op, model: readonly Span[], n: number): Map<string, Change<Span>> | null {
  if (o.kind === 'add') {
    const added = span(o.start, o.start + o.length, n % 2 ? 'ORG' : 'PERSON', `n${n}`);
    return new Map([[added.id, [null, added]]]);
  }
  if (o.kind === 'undo' || model.length === 0) return null;
  const pick = model[o.pick % model.length] as Span;
  if (o.kind === 'delete') return new Map([[pick.id, [pick, null]]]);
  const moved: Span = { ...pick, fragments: span(o.start, o.start + 3).fragments };
  return new Map([[pick.id, [pick, moved]]]);
}

describe('nextSpans', () => {
  it('behaves like a sorted array under random adds, deletes, moves and undos, and records the edit a save writes', () => {
    fc.assert(
      fc.property(fc.nat(1500), fc.array(op, { maxLength: 120, size: 'max' }), (count, ops) => {
        let layer = layerOf(
          sortSpans(
            Array.from({ length: count }, (_, i) => span(i % 997, (i % 997) + 2, 'ORG', `s${i}`)),
          ),
        );
        const model = new Map(layer.spans.map((s) => [s.id, s]));
        const done: Map<string, Change<Span>>[] = [];
        const versions: { layer: Layer; spans: Span[] }[] = [];
        for (const [n, o] of ops.entries()) {
          const sorted = sortSpans([...model.values()]);
          const changes =
            o.kind === 'undo'
              ? done.length
                ? inverse(done.pop()!)
                : null
              : changesOf(o, sorted, n);
          if (!changes) continue;
          if (o.kind !== 'undo') done.push(changes);
          const before = layer;
          layer = stepped(before, changes);
          for (const [id, [, now]] of changes) {
            if (now) model.set(id, now);
            else model.delete(id);
          }
          expect(spanIndexOf(layer).size).toBe(model.size);
          for (const [id] of changes) expect(spanIndexOf(layer).get(id)).toBe(model.get(id));
          const known = knownItemEdit(spansKey(before), spansKey(layer));
          expect(known).not.toBeNull();
          const replayed = applyLayerEdit(layerOf(before.spans), {
            lists: { spans: known! },
            set: {},
          });
          const expected = sortSpans([...model.values()]);
          expect(replayed.spans).toEqual(expected);
          versions.push({ layer, spans: expected });
        }
        // Every version still reads as it was: a reader holding an older layer is not disturbed.
        for (const version of versions) expect(version.layer.spans).toEqual(version.spans);
      }),
      { numRuns: 40 },
    );
  });

  it('finds the same edit a comparison of the two lists finds', () => {
    const before = layerOf(
      sortSpans(Array.from({ length: 50 }, (_, i) => span(i * 3, i * 3 + 2, 'ORG', `s${i}`))),
    );
    const gone = before.spans[7] as Span;
    const moved = before.spans[20] as Span;
    const changes = new Map<string, Change<Span>>([
      ['n1', [null, span(4, 9, 'PERSON', 'n1')]],
      [gone.id, [gone, null]],
      [moved.id, [moved, { ...moved, fragments: span(100, 104).fragments }]],
    ]);
    const after = stepped(before, changes);
    const known = knownItemEdit(spansKey(before), spansKey(after))!;
    const compared = diffLayers(before, layerOf(after.spans), 1000)!.lists.spans!;
    expect(compared.remove.toSorted()).toEqual(known.remove.toSorted());
    expect(compared.put.map((p) => p.at).toSorted((a, b) => a - b)).toEqual(
      known.put.map((p) => p.at).toSorted((a, b) => a - b),
    );
  });

  it('gives readers an ordinary layer: plain data once its spans are read, the same to JSON and to a structured copy', () => {
    const before = layerOf(sortSpans([span(0, 2, 'ORG', 'a'), span(5, 9, 'ORG', 'b')]));
    const after = stepped(before, new Map([['c', [null, span(3, 4, 'ORG', 'c')]]]));
    const expected = {
      ...layerFieldsOf(before),
      spans: sortSpans([...before.spans, span(3, 4, 'ORG', 'c')]),
    };
    expect(JSON.parse(JSON.stringify(after))).toEqual(expected);
    expect(structuredClone(after)).toEqual(expected);
    expect(plainDataProblem(after)).toBeNull();
    expect({ ...after }).toEqual(expected);
  });

  it('sorts a layer whose spans are out of order, and an edit of it is found by comparison', () => {
    const before = layerOf([span(5, 9, 'ORG', 'b'), span(0, 2, 'ORG', 'a')]);
    const after = stepped(before, new Map([['c', [null, span(3, 4, 'ORG', 'c')]]]));
    expect(after.spans.map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(knownItemEdit(spansKey(before), spansKey(after))).toBeNull();
  });
});
