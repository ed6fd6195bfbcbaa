import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject } from '../../../src/node';
import { gitObjectLimit } from '../../../src/node/store/boundedGitObject';
import { syncProject } from '../../../src/node/sync';
import { answerLimit } from '../../../src/node/sync/httpRemote';
import { tempDir } from '../../helpers/tempProject';
import { serveGit, type GitHttpServer } from './gitHttpServer';
import { projectFiles, startTeam, type Member } from './team';

const members: Member[] = [];
const limit = gitObjectLimit.bytes;
const answers = answerLimit.bytes;
let server: GitHttpServer | undefined;
afterEach(async () => {
  gitObjectLimit.bytes = limit;
  answerLimit.bytes = answers;
  for (const m of members.splice(0)) await m.wb.close();
  await server?.close();
  server = undefined;
});

function gitIn(cwd: string, ...args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bob',
    GIT_AUTHOR_EMAIL: 'bob@example.org',
    GIT_COMMITTER_NAME: 'bob',
    GIT_COMMITTER_EMAIL: 'bob@example.org',
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

describe('a packed object larger than Loupe reads in the shared history', () => {
  it('is refused from the size its pack records, before git inflates it, changing nothing', async () => {
    gitObjectLimit.bytes = 1024 * 1024; // the test's data stays small; Loupe's limit is 256 MiB
    const team = await startTeam(['alice']);
    members.push(...team.members);
    const [alice] = team.members as [Member];
    const work = join(tempDir('loupe-bob-'), 'work');
    execFileSync('git', ['clone', '-q', team.remote, work]);
    writeFileSync(join(work, 'documents', 'big.txt'), 'x'.repeat(gitObjectLimit.bytes + 1));
    gitIn(work, 'add', 'documents/big.txt');
    gitIn(work, 'commit', '-q', '-m', 'bob: a large text');
    const oid = gitIn(work, 'rev-parse', 'HEAD:documents/big.txt');
    gitIn(work, 'push', '-q', 'origin', 'HEAD:main');
    gitIn(team.remote, 'repack', '-a', '-d', '-q');
    expect(gitIn(team.remote, 'count-objects', '-v')).toMatch(/^count: 0$/m); // all packed
    const before = await projectFiles(alice.dir);
    await expect(alice.wb.sync({})).rejects.toMatchObject({
      message: expect.stringMatching(
        new RegExp(`^git object ${oid}: holds more than ${gitObjectLimit.bytes} bytes`),
      ),
    });
    expect(await projectFiles(alice.dir)).toEqual(before);
    // Refused from the pack's header: never inflated, so never written here as a loose object.
    expect(existsSync(join(alice.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)))).toBe(
      false,
    );
  }, 60_000);
});

describe('a packed object larger than Loupe reads, fetched over HTTP', () => {
  it('is refused before the pack is written or indexed (git would inflate every object in memory)', async () => {
    gitObjectLimit.bytes = 1024 * 1024;
    const root = tempDir('loupe-http-pack-');
    const bare = join(root, 'srv', 'team.git');
    await git.init({ fs, dir: bare, bare: true, defaultBranch: 'main' });
    const alice = join(root, 'alice');
    const sources = join(root, 'sources');
    await mkdir(sources);
    await writeFile(join(sources, 'a.txt'), 'Mike Pompeo met Adel Abdul-Mahdi.');
    await createProject(alice, { name: 'team', seedsDir: sources });
    await syncProject(alice, { annotator: 'alice', remote: bare });
    const work = join(root, 'bob');
    execFileSync('git', ['clone', '-q', bare, work]);
    // Zeros inflate from a few kilobytes to more than the limit: a zlib bomb in small.
    writeFileSync(join(work, 'documents', 'big.txt'), '\0'.repeat(gitObjectLimit.bytes + 1));
    gitIn(work, 'add', 'documents/big.txt');
    gitIn(work, 'commit', '-q', '-m', 'bob: a large text');
    gitIn(work, 'push', '-q', 'origin', 'HEAD:main');
    server = await serveGit(join(root, 'srv'), 'alice', 'token-1');
    const credentials = { username: 'alice', token: 'token-1' };
    const packs = () => readdirSync(join(alice, '.git', 'objects', 'pack')).sort();
    const before = { files: await projectFiles(alice), packs: packs() };
    await expect(
      syncProject(alice, { annotator: 'alice', remote: server.url('team.git'), credentials }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        new RegExp(
          `holds a git object of more than ${gitObjectLimit.bytes} bytes \\(entry \\d+ of \\d+ in its pack\\)`,
        ),
      ),
    });
    expect({ files: await projectFiles(alice), packs: packs() }).toEqual(before);
    // An answer longer than Loupe takes is cut off while it comes, not held whole first.
    gitObjectLimit.bytes = limit;
    answerLimit.bytes = 256;
    await expect(
      syncProject(alice, { annotator: 'alice', remote: server.url('team.git'), credentials }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/sent more than 256 bytes in one answer/),
    });
    expect({ files: await projectFiles(alice), packs: packs() }).toEqual(before);
  }, 60_000);
});
