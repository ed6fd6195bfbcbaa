import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cloneProject } from '../../src/node/sync';
import { tempDir } from '../helpers/tempProject';
import { malloryEnv, projectFiles, startTeam, type Member } from '../node/sync/team';

const members: Member[] = [];
afterEach(async () => {
  for (const m of members.splice(0)) await m.wb.close();
});

/** Runs real git's plumbing in a bare repository: `input` on stdin, the answer trimmed. */
function git(gitdir: string, args: string[], input?: string): string {
  const env = malloryEnv();
  return execFileSync('git', [`--git-dir=${gitdir}`, ...args], { env, input, encoding: 'utf8' })
    .toString()
    .trim();
}

/**
 * Pushes onto the remote's main a commit whose root tree is main's with `extra` entries
 * (`mode type oid\tname` lines): trees only `git mktree` builds, never a checkout.
 * `blob` in a line stands for a small JSON file's oid.
 */
function craftCommit(remote: string, extra: (blob: string) => string[]): void {
  const blob = git(remote, ['hash-object', '-w', '--stdin'], '{"formatVersion":1}\n');
  const top = git(remote, ['ls-tree', 'main']).split('\n');
  const tree = git(remote, ['mktree'], [...top, ...extra(blob)].join('\n') + '\n');
  const commit = git(remote, ['commit-tree', tree, '-p', 'main', '-m', 'Crafted tree']);
  git(remote, ['update-ref', 'refs/heads/main', commit]);
}

/** A `.git` folder (holding a config) inside a subfolder: a tree entry git refuses to check out. */
function nestedGitFolder(remote: string): (blob: string) => string[] {
  return (blob) => {
    const config = git(remote, ['mktree'], `100644 blob ${blob}\tconfig\n`);
    const inner = git(remote, ['mktree'], `040000 tree ${config}\t.git\n`);
    return [`040000 tree ${inner}\tnotes`];
  };
}

async function refusal(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the crafted history was accepted').toBeInstanceOf(Error);
  return error as { code?: string; message: string };
}

/**
 * A clone of the crafted history into a new folder and a member's sync of it: both refused,
 * the clone leaving no folder and the sync no changed file; their refusals.
 */
async function refusedEverywhere(
  remote: string,
  member: Member,
): Promise<{
  cloned: { code?: string; message: string };
  synced: { code?: string; message: string };
}> {
  const target = join(tempDir('loupe-clone-'), 'copy');
  const cloned = await refusal(cloneProject(remote, target));
  expect(existsSync(target)).toBe(false);
  const before = await projectFiles(member.dir);
  const synced = await refusal(member.wb.sync({}));
  expect(await projectFiles(member.dir)).toEqual(before);
  return { cloned, synced };
}

describe("a teammate's history with a tree git itself never checks out", () => {
  for (const [what, extra, name] of [
    ['an entry named ".."', (blob: string) => [`100644 blob ${blob}\t..`], '..'],
    ['a ".git" folder in a subfolder', null, '.git'],
  ] as const)
    it(`${what}: clone and sync refuse it by name, not as an internal error, and write nothing`, async () => {
      const team = await startTeam(['alice']);
      members.push(...team.members);
      const [alice] = team.members as [Member];
      craftCommit(team.remote, extra ?? nestedGitFolder(team.remote));

      const { cloned, synced } = await refusedEverywhere(team.remote, alice);
      expect(cloned.code).toBe('invalid_request');
      expect(cloned.message).toContain(`named ${JSON.stringify(name)}`);
      expect(cloned.message).toMatch(/Nothing was changed/);
      expect(synced.code).toBe('invalid_request');
      expect(synced.message).toContain(`named ${JSON.stringify(name)}`);
    }, 30_000);
});

describe('a shared history whose folder holds one name twice', () => {
  it('clone and sync refuse it by path, rather than keep one of the two unseen', async () => {
    const team = await startTeam(['alice']);
    members.push(...team.members);
    const [alice] = team.members as [Member];
    // A second entry for a file the root already holds (not the manifest: that one is checked).
    const line = git(team.remote, ['ls-tree', 'main'])
      .split('\n')
      .find((entry) => entry.includes(' blob ') && !entry.endsWith('\tloupe.json'));
    expect(line).toBeDefined();
    craftCommit(team.remote, () => [line ?? '']);
    const name = (line ?? '').split('\t')[1];

    const { cloned, synced } = await refusedEverywhere(team.remote, alice);
    expect(cloned.message).toContain(`holds ${name}, which is in its folder twice`);
    expect(synced.message).toContain(`holds ${name}, which is in its folder twice`);
  }, 30_000);
});

describe('a shared history whose manifest Loupe cannot read', () => {
  it('clone refuses it by name as sync does, instead of leaving a project that cannot open', async () => {
    const team = await startTeam(['alice']);
    members.push(...team.members);
    const remote = team.remote;
    const top = git(remote, ['ls-tree', 'main'])
      .split('\n')
      .filter((line) => !line.endsWith('\tloupe.json'));
    const blob = git(remote, ['hash-object', '-w', '--stdin'], '{"formatVersion":1}\n');
    const tree = git(remote, ['mktree'], [...top, `100644 blob ${blob}\tloupe.json`].join('\n'));
    const commit = git(remote, ['commit-tree', tree, '-p', 'main', '-m', 'Empty the manifest']);
    git(remote, ['update-ref', 'refs/heads/main', commit]);

    const target = join(tempDir('loupe-clone-'), 'copy');
    const cloned = await refusal(cloneProject(remote, target));
    expect(cloned.message).toMatch(/loupe\.json: does not match the schema/);
    expect(existsSync(target)).toBe(false);
  }, 30_000);
});

describe('a clone target that is not an absent or empty folder', () => {
  it('a file is refused as one and left as it was; a folder made empty stays, empty, after a failed clone', async () => {
    const team = await startTeam(['alice']);
    members.push(...team.members);
    const file = join(tempDir('loupe-clone-'), 'notes.txt');
    writeFileSync(file, 'mine');
    const onFile = await refusal(cloneProject(team.remote, file));
    expect(onFile.message).toBe(
      `${file} cannot be cloned into: it is a file, not a folder; clone into a new folder`,
    );
    expect(readFileSync(file, 'utf8')).toBe('mine');

    craftCommit(team.remote, nestedGitFolder(team.remote));
    const folder = join(tempDir('loupe-clone-'), 'made');
    mkdirSync(folder);
    expect((await refusal(cloneProject(team.remote, folder))).message).toMatch(/named "\.git"/);
    expect(readdirSync(folder)).toEqual([]);
  }, 30_000);
});

/** `count` commits on the remote's main, each changing `.gitignore`, in one `git fast-import`. */
function longHistory(remote: string, count: number): string {
  const stream = Array.from({ length: count }, (_, i) => {
    const from = i === 0 ? 'from refs/heads/main^0\n' : '';
    const message = `c${i}`;
    const body = `${i}\n`;
    return `commit refs/heads/main\ncommitter m <m@x> ${1_700_000_000 + i} +0000\ndata ${message.length}\n${message}\n${from}M 100644 inline .gitignore\ndata ${body.length}\n${body}\n`;
  }).join('');
  git(remote, ['fast-import', '--quiet'], stream);
  return git(remote, ['rev-parse', 'main']);
}

describe('a shared history of 150 commits, packed by git', () => {
  it('is cloned into packs, not one durable file per object (which took minutes for a thousand commits)', async () => {
    const team = await startTeam(['alice']);
    members.push(...team.members);
    const tip = longHistory(team.remote, 150);
    const target = join(tempDir('loupe-clone-'), 'copy');
    expect((await cloneProject(team.remote, target)).commit).toBe(tip);
    const objects = readdirSync(join(target, '.git', 'objects'), { recursive: true });
    // 150 commits, 150 trees, 150 blobs: as loose objects that is 450 files, each fsync'd.
    expect(objects.length).toBeLessThan(30);
  }, 60_000);
});
