import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLayerEdit, diffLayers } from '../../../src/node/store/layerEdit';
import { emptyLayer, type Layer, type Span } from '../../../src/shared/model';
import { span } from '../../helpers/span';

const HASH = `sha256:${'a'.repeat(64)}`;
const base = (spans: Span[]): Layer => ({ ...emptyLayer('doc', HASH, 'tester'), spans });

/** Edits as the edit session makes them: insert, relabel or remove items, sharing the others. */
const editsArbitrary = fc.array(
  fc.record({
    op: fc.constantFrom('insert', 'relabel', 'remove'),
    at: fc.nat(),
  }),
  { maxLength: 6 },
);

describe('diffLayers / applyLayerEdit', () => {
  it('replays to exactly the layer that was written (insertions, replacements, removals, fields)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), editsArbitrary, (n, edits) => {
        const before = base(
          Array.from({ length: n }, (_, i) => span(i * 10, i * 10 + 5, 'ORG', `s_${i}`)),
        );
        const spans = [...before.spans];
        edits.forEach(({ op, at }, k) => {
          if (op === 'insert')
            spans.splice(at % (spans.length + 1), 0, span(k, k + 1, 'GPE', `n_${k}`));
          else if (spans.length > 0) {
            const i = at % spans.length;
            if (op === 'remove') spans.splice(i, 1);
            else spans[i] = { ...spans[i]!, label: 'PERSON' };
          }
        });
        const after: Layer = {
          ...before,
          spans,
          status: 'done',
          updatedAt: '2026-02-02T00:00:00.000Z',
        };
        const edit = diffLayers(before, after, 1000);
        expect(edit).not.toBeNull();
        expect(applyLayerEdit(before, edit!)).toEqual(after);
      }),
    );
  });

  it('writes only the changed span for a one-span edit of a large layer', () => {
    const before = base(
      Array.from({ length: 20_000 }, (_, i) => span(i * 10, i * 10 + 5, 'ORG', `s_${i}`)),
    );
    const spans = [...before.spans];
    spans.splice(500, 0, span(5001, 5003, 'GPE', 'new'));
    const edit = diffLayers(before, { ...before, spans }, 64);
    expect(edit).toEqual({
      lists: { spans: { put: [{ at: 500, item: spans[500] }], remove: [] } },
      set: {},
    });
  });

  it('gives up (a snapshot is due) when items change order or too many change', () => {
    const before = base([span(0, 1, 'A', 'a'), span(2, 3, 'B', 'b')]);
    expect(diffLayers(before, { ...before, spans: [...before.spans].reverse() }, 64)).toBeNull();
    expect(diffLayers(base([]), before, 1)).toBeNull();
  });
});
