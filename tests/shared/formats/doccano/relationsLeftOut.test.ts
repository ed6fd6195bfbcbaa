import { describe, expect, it } from 'vitest';
import { readDoccano, writeDoccano } from '../../../../src/shared/formats';
import { RELATIONS_LEFT_OUT } from '../../../../src/shared/formats/doccano/relationsLeftOut';
import { bundle, doc, jsonl, relation, span } from '../build';
import { DOCCANO_RELATION_RECORD, RELATION_TEXT } from '../../../helpers/doccanoRelationRecord';

const TEXT = RELATION_TEXT;
const SPANS = [
  span(0, 5, 'PERSON', { id: 'a' }),
  span(10, 13, 'PERSON', { id: 'b' }),
  span(17, 22, 'GPE', { id: 'p' }),
];

/** The relations of each written record. */
function relationsOf(content: string | undefined): unknown[] {
  return (content ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .flatMap((line) => (JSON.parse(line) as { relations?: unknown[] }).relations ?? []);
}

describe('writeDoccano: the relations written, counted (relationsWritten)', () => {
  it('counts the relations of a record, not one naming a span not written', () => {
    const written = writeDoccano(
      bundle(
        doc(TEXT, {
          name: 'r',
          spans: SPANS,
          relations: [
            relation('KNOWS', 'a', 'b'),
            relation('IN', 'b', 'p'),
            relation('IN', 'a', 'gone'),
          ],
        }),
      ),
    );
    expect(relationsOf(written.files[0]?.content)).toHaveLength(2);
    expect(written.summary).toMatchObject({
      relations: 2,
      notExpressed: { [RELATIONS_LEFT_OUT.unwritten]: 1 },
    });
  });

  it("counts a record of several users' relations: the first user's, not the other's", () => {
    const layer = (annotator: string, relations: ReturnType<typeof relation>[]) =>
      doc(TEXT, { name: 'r', annotator, spans: SPANS, relations });
    const written = writeDoccano(
      bundle(
        layer('amy', [relation('KNOWS', 'a', 'b'), relation('IN', 'b', 'p')]),
        layer('bob', [relation('KNOWS', 'a', 'b')]),
      ),
    );
    expect(relationsOf(written.files[0]?.content)).toHaveLength(2);
    expect(written.summary).toMatchObject({
      relations: 2,
      notExpressed: { [RELATIONS_LEFT_OUT.otherUser]: 1 },
    });
  });

  it('counts the relations of a record written back to its file as it was, and anew once edited', () => {
    const content = jsonl(DOCCANO_RELATION_RECORD);
    const read = readDoccano([{ path: 'all.jsonl', content }]);
    const again = writeDoccano(read);
    expect(again.files).toEqual([{ path: 'all.jsonl', content }]);
    expect(again.summary.relations).toBe(2);
    const [first] = read.documents;
    if (!first) throw new Error('no document');
    const edited = writeDoccano({
      ...read,
      documents: [{ ...first, relations: first.relations.slice(0, 1) }],
    });
    expect(relationsOf(edited.files[0]?.content)).toHaveLength(1);
    expect(edited.summary.relations).toBe(1);
  });

  it('says nothing of relations when there are none', () => {
    expect(writeDoccano(bundle(doc(TEXT, { spans: SPANS }))).summary).not.toHaveProperty(
      'relations',
    );
  });
});
