import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import type { ProjectFolder } from '../../../src/node';
import { durableGitFs } from '../../../src/node/store';
import { documentHistory } from '../../../src/node/sync/documentHistory';
import { historyRepo } from '../../../scripts/bench/historyRepo';
import { tempDir } from '../../helpers/tempProject';
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

  it('gives the text a layer was made on as of an earlier sync, with its hash', async () => {
    const { members } = await startTeam(['alice', 'bob']);
    opened.push(...members);
    const [alice, bob] = members as [Member, Member];
    await annotate(bob, 'a', 'Baghdad', 'GPE');
    await bob.wb.sync({});
    await alice.wb.sync({});
    const [last] = (await alice.wb.documentHistory({ documentId: 'a' })).filter(
      (h) => h.author === 'bob',
    );
    const commit = last!.commit;
    const layer = await alice.wb.layerAtCommit({ documentId: 'a', annotator: 'bob', commit });
    const at = await alice.wb.textAtCommit({ documentId: 'a', commit });
    expect(at.textHash).toBe(layer.textHash);
    const where = layer.spans[0]!.fragments[0]!;
    expect([...at.text].slice(where.start, where.end).join('')).toBe('Baghdad');
    await expect(
      alice.wb.textAtCommit({ documentId: 'a', commit: '0'.repeat(40) }),
    ).rejects.toThrow(/no commit/);
  }, 60_000);

  it('lists every change once across merges, however long the history', async () => {
    // 300 commits; d00 changes in every fourth (0, 4, …, 296): 75 entries, newest first; a merge every
    // tenth; commit i is by alice, bob, carol in turn (296 → carol, 292 → bob, 288 → alice).
    const dir = join(tempDir(), 'p');
    await historyRepo(dir, 300, 20);
    const history = await documentHistory({ dir } as ProjectFolder, 'd00');
    expect(history).toHaveLength(75);
    expect(new Set(history.map((h) => h.commit)).size).toBe(75);
    expect(history[0]?.message).toBe('sync 296');
    expect(history.at(-1)?.message).toBe('sync 0');
    expect(history.slice(0, 3).map((h) => h.annotators)).toEqual([['carol'], ['bob'], ['alice']]);
  }, 60_000);

  it('reads a packed history with its pack index read once, not once a commit', async () => {
    const dir = join(tempDir(), 'p');
    await historyRepo(dir, 300, 20);
    execFileSync('git', ['-C', dir, 'repack', '-a', '-d', '-q']); // as git gc and a clone leave it
    const readFile = vi.spyOn(durableGitFs.promises, 'readFile');
    try {
      expect(await documentHistory({ dir } as ProjectFolder, 'd00')).toHaveLength(75);
      const indexReads = readFile.mock.calls.filter(([path]) => String(path).endsWith('.idx'));
      expect(indexReads).toHaveLength(1); // was once per object read: 300 commits and their trees
    } finally {
      readFile.mockRestore();
    }
  }, 60_000);
});
