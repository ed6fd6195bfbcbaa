import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedList } from '../../../src/shared/collections';

const byNumber = (a: number, b: number): number => a - b;

/** Index of the first item not below `probe` in a sorted array: the answer lowerBound must give. */
function arrayLowerBound(items: readonly number[], probe: number): number {
  const at = items.findIndex((item) => item >= probe);
  return at < 0 ? items.length : at;
}

type Step = { kind: 'add'; value: number } | { kind: 'remove'; pick: number } | { kind: 'undo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      value: fc.integer({ min: -600, max: 600 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

describe('ChunkedList', () => {
  it('behaves like a sorted array under random adds, removes and undos, and keeps every older version', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { maxLength: 3000, size: 'max' }),
        fc.array(step, { maxLength: 400, size: 'max' }),
        (start, steps) => {
          const initial = start.toSorted(byNumber);
          let list = ChunkedList.of(initial);
          let model = initial;
          const versions: { list: ChunkedList<number>; model: number[] }[] = [];
          for (const s of steps) {
            if (s.kind === 'undo') {
              const last = versions.pop();
              if (last) ({ list, model } = last);
              continue;
            }
            versions.push({ list, model });
            if (s.kind === 'add') {
              const at = list.lowerBound(s.value, byNumber);
              expect(at).toBe(arrayLowerBound(model, s.value));
              list = list.insert(at, s.value);
              model = model.toSpliced(at, 0, s.value);
            } else if (model.length > 0) {
              const at = s.pick % model.length;
              expect(list.at(at)).toBe(model[at]);
              list = list.remove(at);
              model = model.toSpliced(at, 1);
            }
            expect(list.size).toBe(model.length);
          }
          expect(list.toArray()).toEqual(model);
          expect([...list]).toEqual(model);
          for (const version of versions) expect(version.list.toArray()).toEqual(version.model);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('splits and joins chunks across many inserts and removes at one place', () => {
    let list = ChunkedList.of<number>([]);
    for (let i = 0; i < 5000; i++) list = list.insert(list.size >> 1, i);
    expect(list.size).toBe(5000);
    const model = list.toArray().slice();
    for (let i = 0; i < 4990; i++) {
      const at = (i * 7919) % list.size;
      list = list.remove(at);
      model.splice(at, 1);
    }
    expect(list.toArray()).toEqual(model);
    expect(list.lowerBound(Number.MAX_SAFE_INTEGER, byNumber)).toBe(10);
  });

  it('refuses an index outside the list', () => {
    const list = ChunkedList.of([1, 2, 3]);
    expect(() => list.at(3)).toThrow(RangeError);
    expect(() => list.insert(4, 9)).toThrow(RangeError);
    expect(() => list.remove(-1)).toThrow(RangeError);
  });
});
