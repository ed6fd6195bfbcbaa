import { describe, expect, it } from 'vitest';
import { nextSpans, sortSpans } from '../../../src/node/services/spanIndex';
import type { Change } from '../../../src/node/services/transaction';
import { applyLayerEdit, diffLayers } from '../../../src/node/store/layerEdit';
import { knownItemEdit } from '../../../src/node/store/knownItemEdit';
import { emptyLayer, type Layer, type Span } from '../../../src/shared/model';
import { span } from '../../helpers/span';

function layerOf(spans: readonly Span[]): Layer {
  return { ...emptyLayer('d1', 'hash', 'amira'), spans: [...spans] };
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('nextSpans', () => {
  it('keeps reading order and records the edit a save writes, the same a comparison of the lists finds', () => {
    const next = random(17);
    let spans = sortSpans(
      Array.from({ length: 200 }, (_, i) => span(i * 3, i * 3 + 2, 'ORG', `s${i}`)),
    );
    for (let round = 0; round < 300; round++) {
      const changes = new Map<string, Change<Span>>();
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
        const pick = spans[Math.floor(next() * spans.length)] as Span;
        const start = Math.floor(next() * 700);
        const roll = next();
        if (roll < 0.4)
          changes.set(`n${round}_${k}`, [null, span(start, start + 2, 'PERSON', `n${round}_${k}`)]);
        else if (roll < 0.7) changes.set(pick.id, [pick, null]);
        else
          changes.set(pick.id, [pick, { ...pick, fragments: [{ start, end: start + 4 }] } as Span]);
      }
      const before = spans;
      spans = nextSpans(before, changes);
      expect(spans).toEqual(sortSpans(spans));
      const known = knownItemEdit(before, spans);
      expect(known).not.toBeNull();
      const replayed = applyLayerEdit(layerOf(before), { lists: { spans: known! }, set: {} });
      expect(replayed.spans).toEqual(spans);
      const compared = diffLayers(layerOf(before), { ...layerOf(before), spans }, 1000);
      expect(compared?.lists.spans?.remove.toSorted()).toEqual(known!.remove.toSorted());
      expect(compared?.lists.spans?.put.map((p) => p.at).toSorted((a, b) => a - b)).toEqual(
        known!.put.map((p) => p.at).toSorted((a, b) => a - b),
      );
    }
  });
});
