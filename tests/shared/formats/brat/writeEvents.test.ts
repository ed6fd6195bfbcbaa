import { describe, expect, it } from 'vitest';
import { readBrat, writeBrat } from '../../../../src/shared/formats';
import { bundle, doc, file, lines, relation, span, tsv } from '../build';

const TEXT = 'Alice met Bob in Paris.';
const SPANS = [
  span(0, 5, 'PERSON', { id: 'a' }),
  span(10, 13, 'PERSON', { id: 'b' }),
  span(17, 22, 'GPE', { id: 'p' }),
  span(6, 9, 'Meet', { id: 'm' }),
];

describe('writeBrat: the relations written, counted', () => {
  it('counts each R line in the summary, not the relation left out nor the event', () => {
    const written = writeBrat(
      bundle(
        doc(TEXT, {
          name: 'r',
          spans: SPANS,
          relations: [
            relation('Knows', 'a', 'b'),
            relation('Located', 'b', 'p'),
            relation('Located', 'a', 'gone'),
          ],
          events: [{ id: 'E1', type: 'Meet', trigger: 'm', arguments: [{ role: 'A', ref: 'a' }] }],
        }),
      ),
    );
    const ann = written.files.find((f) => f.path === 'r.ann')?.content ?? '';
    expect(ann.match(/^R\d+\t/gmu)).toHaveLength(2);
    expect(written.summary).toMatchObject({
      documents: 1,
      spans: 4,
      relations: 2,
      notExpressed: { 'relation referring to a span that was not written': 1 },
    });
  });

  it('counts a relation read from an event line without a trigger, written back as that line', () => {
    const ann = lines(
      tsv('T1', 'PERSON 0 5', 'Alice'),
      tsv('T2', 'PERSON 10 13', 'Bob'),
      tsv('E1', 'Knows Arg1:T1 Arg2:T2'),
    );
    const read = readBrat([file('k.txt', TEXT), file('k.ann', ann)]);
    expect(read.documents[0]?.relations).toHaveLength(1);
    const written = writeBrat(read);
    expect(written.files.find((f) => f.path === 'k.ann')?.content).toBe(ann);
    expect(written.summary.relations).toBe(1);
  });

  it('says nothing of relations when the documents have none', () => {
    expect(writeBrat(bundle(doc(TEXT, { spans: SPANS }))).summary).not.toHaveProperty('relations');
  });
});
