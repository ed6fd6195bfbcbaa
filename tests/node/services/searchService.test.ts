import { describe, expect, it } from 'vitest';
import { projectWith } from '../../helpers/tempProject';

const ORTAGUS = 'America is a force for good in the Middle East';
const DOCS = {
  'a.txt': `Morgan Ortagus said: "${ORTAGUS}." Iraq asked for a plan.`,
  'b.txt': `State Department spokeswoman Morgan Ortagus: “${ORTAGUS},” she said. Iraq, Iraqi.`,
  'c.txt': 'Nothing related here about Iraq.',
};

describe('search, near-duplicate quotes and carrying stances', () => {
  it('searches a document and the project with keyword in context', async () => {
    const { workbench } = await projectWith(DOCS);
    const hits = await workbench.searchText({ query: 'Iraq', scope: 'project' });
    expect(hits.map((h) => h.documentId)).toEqual(['a', 'b', 'c']);
    expect(hits[0]).toMatchObject({ match: 'Iraq', after: ' asked for a plan.', labels: [] });
    expect(await workbench.searchText({ query: 'Iraq', scope: 'document', documentId: 'b' })).toHaveLength(1);
  });

  it('finds the Ortagus quote in another article and carries the stance there in one undoable step', async () => {
    const { workbench } = await projectWith(DOCS);
    const text = DOCS['a.txt'];
    const q = text.indexOf(ORTAGUS);
    const evidence = (await workbench.addSpan({ documentId: 'a', label: 'QUOTE', fragments: [{ start: q, end: q + ORTAGUS.length }] })).changes[0]!.upserted[0]!.id;
    const holder = (await workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 14 }] })).changes[0]!.upserted[0]!.id;
    const stance = (await workbench.addStance({ documentId: 'a', holder: { kind: 'span', spanId: holder }, target: { kind: 'topic', topicId: 'us-troop-presence' }, polarity: 'FAVOR', evidence: [evidence] })).changes[0]!.stancesUpserted[0]!;
    const passages = await workbench.similarPassages({ documentId: 'a', spanId: evidence });
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ documentId: 'b', text: ORTAGUS, similarity: 1 });
    const carried = await workbench.carryStance({ documentId: 'a', stanceId: stance.id, to: { documentId: 'b', start: passages[0]!.start, end: passages[0]!.end } });
    const layer = (await workbench.openDocument({ documentId: 'b' })).layer;
    expect(layer.spans.map((s) => s.label).sort()).toEqual(['PERSON', 'QUOTE']);
    expect(layer.stances[0]).toMatchObject({ polarity: 'FAVOR', target: { kind: 'topic', topicId: 'us-troop-presence' }, holder: { kind: 'span' } });
    expect(carried.changes[0]!.documentId).toBe('b');
    const map = await workbench.stanceMap({});
    expect(map.cells).toEqual([expect.objectContaining({ holder: 'Morgan Ortagus', target: 'US troop presence in Iraq', counts: { FAVOR: 2 } })]);
    await workbench.undo({});
    expect((await workbench.openDocument({ documentId: 'b' })).layer.spans).toEqual([]);
  });
});
