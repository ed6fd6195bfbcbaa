import { describe, expect, it } from 'vitest';
import { getFormat, writeSplits } from '../../../../src/shared/formats';
import { mergedSummary } from '../../../../src/shared/formats/common/mergedSummary';
import { Tally } from '../../../../src/shared/formats/common/tally';
import { bundle, doc, relation, span } from '../build';

/** A write's result of these counts. */
function result(counts: { documents: number; spans: number; stances: number; relations?: number }) {
  return { files: [], summary: new Tally().summary(counts) };
}

describe('mergedSummary', () => {
  it('adds the relations of the parts, and says none when no part wrote one', () => {
    const a = result({ documents: 1, spans: 3, stances: 0, relations: 2 });
    const b = result({ documents: 2, spans: 1, stances: 0 });
    const c = result({ documents: 1, spans: 4, stances: 1, relations: 5 });
    expect(mergedSummary([a, b, c])).toMatchObject({ documents: 4, spans: 8, relations: 7 });
    expect(mergedSummary([b, b])).not.toHaveProperty('relations');
  });

  it("counts a split export's relations over its parts", () => {
    const docs = Array.from({ length: 10 }, (_, i) =>
      doc(`Alice met Bob ${i}.`, {
        name: `d${i}`,
        spans: [span(0, 5, 'PER', { id: 'a' }), span(10, 13, 'PER', { id: 'b' })],
        relations: [relation('KNOWS', 'a', 'b')],
      }),
    );
    const written = writeSplits(getFormat('doccano'), bundle(...docs), {
      ratios: [80, 10, 10],
      seed: 1,
    });
    expect(written.summary).toMatchObject({ documents: 10, spans: 20, relations: 10 });
  });
});
