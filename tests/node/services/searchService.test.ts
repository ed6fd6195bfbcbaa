import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    expect(
      await workbench.searchText({ query: 'Iraq', scope: 'document', documentId: 'b' }),
    ).toHaveLength(1);
  });

  it('finds the Ortagus quote in another article and carries the stance there in one undoable step', async () => {
    const { workbench } = await projectWith(DOCS);
    const text = DOCS['a.txt'];
    const q = text.indexOf(ORTAGUS);
    const evidence = (
      await workbench.addSpan({
        documentId: 'a',
        label: 'QUOTE',
        fragments: [{ start: q, end: q + ORTAGUS.length }],
      })
    ).changes[0]!.upserted[0]!.id;
    const holder = (
      await workbench.addSpan({
        documentId: 'a',
        label: 'PERSON',
        fragments: [{ start: 0, end: 14 }],
      })
    ).changes[0]!.upserted[0]!.id;
    const stance = (
      await workbench.addStance({
        documentId: 'a',
        holder: { kind: 'span', spanId: holder },
        target: { kind: 'topic', topicId: 'us-troop-presence' },
        polarity: 'FAVOR',
        evidence: [evidence],
      })
    ).changes[0]!.stancesUpserted[0]!;
    const passages = await workbench.similarPassages({ documentId: 'a', spanId: evidence });
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ documentId: 'b', text: ORTAGUS, similarity: 1 });
    // A passage outside the other text is refused naming that document as a reader knows it.
    const outside = { documentId: 'b', start: 0, end: 9999 };
    await expect(
      workbench.carryStance({ documentId: 'a', stanceId: stance.id, to: outside }),
    ).rejects.toThrow(
      `the passage [0, 9999) is not inside document 2 of 3, “State Department spokeswoman Morgan Ortagus…” (${[...DOCS['b.txt']].length} characters)`,
    );
    const carried = await workbench.carryStance({
      documentId: 'a',
      stanceId: stance.id,
      to: { documentId: 'b', start: passages[0]!.start, end: passages[0]!.end },
    });
    const layer = (await workbench.openDocument({ documentId: 'b' })).layer;
    expect(layer.spans.map((s) => s.label).sort()).toEqual(['PERSON', 'QUOTE']);
    expect(layer.stances[0]).toMatchObject({
      polarity: 'FAVOR',
      target: { kind: 'topic', topicId: 'us-troop-presence' },
      holder: { kind: 'span' },
    });
    expect(carried.changes[0]!.documentId).toBe('b');
    const map = await workbench.stanceMap({});
    expect(map.cells).toEqual([
      expect.objectContaining({
        holder: 'Morgan Ortagus',
        target: 'US troop presence in Iraq',
        counts: { FAVOR: 2 },
      }),
    ]);
    await workbench.undo({});
    expect((await workbench.openDocument({ documentId: 'b' })).layer.spans).toEqual([]);
  });

  it('finds the State Department quote in every seed article that repeats it, whatever its dashes and spacing', async () => {
    const seeds = join(import.meta.dirname, '..', '..', '..', 'seeds');
    const texts = Object.fromEntries(
      readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, readFileSync(join(seeds, f), 'utf8')]),
    );
    const { workbench } = await projectWith(texts);
    const docs = await workbench.listDocuments({});
    const source = docs.find((d) => d.name.startsWith('004'))!;
    const text = [...texts[source.name]!];
    const quote =
      'any delegation sent to Iraq would be dedicated to discussing how to best recommit to our strategic partnership - not to discuss troop withdrawal';
    const at = text.join('').indexOf(quote);
    expect(at).toBeGreaterThan(0);
    const start = [...text.join('').slice(0, at)].length;
    const evidence = (
      await workbench.addSpan({
        documentId: source.id,
        label: 'QUOTE',
        fragments: [{ start, end: start + [...quote].length }],
      })
    ).changes[0]!.upserted[0]!.id;
    const passages = await workbench.similarPassages({ documentId: source.id, spanId: evidence });
    const byName = passages
      .map((p) => docs.find((d) => d.id === p.documentId)!.name.slice(0, 3))
      .sort();
    // 001 and 002 print an em dash with spaces, 003 without spaces; 002 shows the article twice.
    expect(byName).toEqual(['001', '002', '002', '003']);
    for (const p of passages) {
      expect(p.text.replace(/\s*[—–-]\s*/u, ' - ')).toBe(quote);
      expect(p.similarity).toBeGreaterThan(0.9);
    }
  });
});
