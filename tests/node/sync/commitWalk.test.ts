import * as nodeFs from 'node:fs';
import git from 'isomorphic-git';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { durableGitFs } from '../../../src/node/store';
import { compareTips } from '../../../src/node/sync/commitWalk';
import { tempDir } from '../../helpers/tempProject';
import { annotate, startTeam, type Member } from './team';

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Commits on top of `parents` (none: a root), one a second apart from `time`; the last one's oid. */
async function commits(
  dir: string,
  parents: string[],
  count: number,
  time: number,
  tree = EMPTY_TREE,
): Promise<string> {
  let tip = parents;
  for (let i = 0; i < count; i++) {
    const who = { name: 't', email: 't@x', timestamp: time + i, timezoneOffset: 0 };
    const oid = await git.writeCommit({
      fs: nodeFs,
      dir,
      commit: { tree, parent: tip, author: who, committer: who, message: `c${time + i}\n` },
    });
    tip = [oid];
  }
  return tip[0] ?? '';
}

async function repository(): Promise<string> {
  const dir = tempDir();
  await git.init({ fs: nodeFs, dir });
  return dir;
}

/** Counts the git objects read through Loupe's git file system while `run` runs. */
async function objectsRead(run: () => Promise<unknown>): Promise<number> {
  const readFile = vi.spyOn(durableGitFs.promises, 'readFile');
  try {
    await run();
    // isomorphic-git looks for every object it reads as a loose file first, packed or not.
    return readFile.mock.calls.filter(([path]) =>
      /[\\/]objects[\\/][0-9a-f]{2}[\\/][0-9a-f]{38}$/.test(String(path)),
    ).length;
  } finally {
    readFile.mockRestore();
  }
}

const teams: Member[][] = [];
afterEach(async () => {
  for (const members of teams.splice(0)) for (const m of members) await m.wb.close();
});

describe('compareTips', () => {
  it('finds the merge base and what each side alone has, reading only the commits near them', async () => {
    const dir = await repository();
    const shared = await commits(dir, [], 300, 1000);
    const a = await commits(dir, [shared], 2, 5000);
    const b = await commits(dir, [shared], 3, 6000);
    const compared = await compareTips(dir, a, b);
    expect(compared).toMatchObject({ bases: [shared], onlyA: 2, onlyB: 3 });
    expect(compared.read).toBeLessThan(10); // of 305 commits
    expect(await compareTips(dir, b, shared)).toMatchObject({
      bases: [shared],
      onlyA: 3,
      onlyB: 0,
    });
    expect(await compareTips(dir, a, a)).toMatchObject({ bases: [a], onlyA: 0, onlyB: 0 });
  });

  it('reads as few when the shared history is dated after both tips (a teammate whose clock ran ahead)', async () => {
    const dir = await repository();
    const shared = await commits(dir, [], 300, 9000);
    const [a, b] = [await commits(dir, [shared], 1, 5000), await commits(dir, [shared], 1, 6000)];
    const compared = await compareTips(dir, a, b);
    expect(compared).toMatchObject({ bases: [shared], onlyA: 1, onlyB: 1 });
    expect(compared.read).toBeLessThan(10);
  });

  it('takes the newest of two merge bases of a criss-cross, and counts through merges once', async () => {
    const dir = await repository();
    const root = await commits(dir, [], 1, 1000);
    const [x, y] = [await commits(dir, [root], 1, 2000), await commits(dir, [root], 1, 2100)];
    const a = await commits(dir, [x, y], 1, 3000); // merges y into x
    const b = await commits(dir, [y, x], 1, 3100); // merges x into y
    const compared = await compareTips(dir, await commits(dir, [a], 2, 4000), b);
    expect(compared).toMatchObject({ onlyA: 3, onlyB: 1 });
    expect([...compared.bases].sort()).toEqual([x, y].sort());
    expect(compared.bases[0]).toBe(y);
  });

  it('walks both whole histories when they share no commit', async () => {
    const dir = await repository();
    const a = await commits(dir, [], 5, 1000);
    const b = await commits(dir, [], 7, 2000);
    expect(await compareTips(dir, a, b)).toMatchObject({ bases: [], onlyA: 5, onlyB: 7, read: 12 });
    await expect(compareTips(dir, a, b, 10)).rejects.toThrow(
      "the remote's history and this project's differ by more than 10 commits, more than Loupe compares; clone the remote into a new folder (loupe clone) and import your work there",
    );
  });
});

describe('a sync on a long shared history', () => {
  it('reads the commits either side made since, not the history: fewer objects than it has commits', async () => {
    const { members } = await startTeam(['alice', 'bob']);
    teams.push(members);
    const [alice, bob] = members as [Member, Member];
    // 400 commits of history on alice's side (same files), then shared with bob.
    const head = await git.resolveRef({ fs: nodeFs, dir: alice.dir, ref: 'HEAD' });
    const { commit } = await git.readCommit({ fs: nodeFs, dir: alice.dir, oid: head });
    const tip = await commits(alice.dir, [head], 400, commit.committer.timestamp + 1, commit.tree);
    await git.writeRef({
      fs: nodeFs,
      dir: alice.dir,
      ref: 'refs/heads/main',
      value: tip,
      force: true,
    });
    await alice.wb.sync({});
    await bob.wb.sync({});
    // Each annotates; alice syncs first, so bob's sync merges.
    await annotate(alice, 'a', 'Baghdad', 'GPE');
    await annotate(bob, 'b', 'Iraq', 'GPE');
    await alice.wb.sync({});
    let report: unknown;
    const bySync = await objectsRead(async () => (report = await bob.wb.sync({})));
    expect(report).toMatchObject({ merge: 'merged', pushed: true });
    expect(bySync).toBeLessThan(400); // was 3,000 and more: the whole history, five times
    const byStatus = await objectsRead(() => alice.wb.syncStatus({}));
    expect(byStatus).toBeLessThan(50);
    expect(await alice.wb.sync({})).toMatchObject({ merge: 'fast-forward' });
    expect(await alice.wb.syncStatus({})).toMatchObject({ ahead: 0, behind: 0 });
  }, 120_000);
});
