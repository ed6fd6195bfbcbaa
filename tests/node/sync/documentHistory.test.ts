import { afterEach, describe, expect, it } from 'vitest';
import { annotate, startTeam, type Member } from './team';

const opened: Member[] = [];
afterEach(async () => {
  for (const m of opened.splice(0)) await m.wb.close();
});

describe('document history', () => {
  it("lists who changed a document's layers at each sync, and shows a layer as of an earlier sync", async () => {
    const { members } = await startTeam(['alice', 'bob']);
    opened.push(...members);
    const [alice, bob] = members as [Member, Member];
    const first = await annotate(bob, 'a', 'Baghdad', 'GPE');
    await bob.wb.sync({});
    await annotate(bob, 'a', 'Mike Pompeo');
    await annotate(alice, 'a', 'Adel Abdul-Mahdi');
    await bob.wb.sync({});
    await alice.wb.sync({});
    const history = await alice.wb.documentHistory({ documentId: 'a' });
    const rows = history.map((h) => `${h.author}: ${h.annotators.join(',')}`).sort();
    // bob's two syncs, alice's own change and her merge of bob's second one, the text's publication
    expect(rows).toEqual(['alice: ', 'alice: alice', 'alice: bob', 'bob: bob', 'bob: bob']);
    const bobs = history.filter((h) => h.author === 'bob');
    const spansAt = await Promise.all(
      bobs.map(async (h) =>
        (
          await alice.wb.layerAtCommit({ documentId: 'a', annotator: 'bob', commit: h.commit })
        ).spans.map((s) => s.id),
      ),
    );
    expect(spansAt.map((ids) => ids.length).sort()).toEqual([1, 2]);
    expect(spansAt.find((ids) => ids.length === 1)).toEqual([first]);
    expect((await alice.wb.documentHistory({ documentId: 'b' })).length).toBe(1);
  }, 60_000);
});
