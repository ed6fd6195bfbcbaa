import { describe, expect, it } from 'vitest';
import { keepLabels, Tally } from '../../../src/shared/formats';
import { bundle, doc, relation, span, stance } from './build';

describe('keepLabels', () => {
  it('keeps only spans of the labels, and leaves out what refers to a span left out, counted', () => {
    const tally = new Tally();
    const kept = keepLabels(
      bundle(
        doc('Mike Pompeo said no to Iraq', {
          spans: [
            span(0, 11, 'PERSON', { id: 'T1' }),
            span(23, 27, 'GPE', { id: 'T2' }),
            span(12, 22, 'Stance', { id: 'T3' }),
          ],
          relations: [relation('Visits', 'T1', 'T2'), relation('Says', 'T1', 'T3')],
          stances: [stance('AGAINST', ['T3'], { holder: { kind: 'span', spanId: 'T1' } })],
          equivalences: [{ type: 'Equiv', members: ['T1', 'T2', 'T3'] }],
        }),
      ),
      ['PERSON', 'GPE'],
      tally,
    );
    const [only] = kept.documents;
    expect(only?.spans.map((s) => s.id)).toEqual(['T1', 'T2']);
    expect(only?.relations.map((r) => r.type)).toEqual(['Visits']);
    expect(only?.stances).toEqual([]);
    expect(only?.equivalences).toEqual([{ type: 'Equiv', members: ['T1', 'T2'] }]);
    expect(kept.labels).toEqual(['GPE', 'PERSON']);
    expect(tally.toRecord()).toEqual({
      'span left out by --labels': 1,
      'relation left out with a span (--labels)': 1,
      'stance left out with a span (--labels)': 1,
    });
  });

  it('returns a document whose spans all have the labels as it is', () => {
    const original = doc('Iraq', { spans: [span(0, 4, 'GPE')] });
    expect(keepLabels(bundle(original), ['GPE'], new Tally()).documents[0]).toBe(original);
  });
});
