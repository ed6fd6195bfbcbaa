import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitObjectLimit } from '../../../src/node/store/boundedGitObject';
import { tempDir } from '../../helpers/tempProject';
import { projectFiles, startTeam, type Member } from './team';

const members: Member[] = [];
const limit = gitObjectLimit.bytes;
afterEach(async () => {
  gitObjectLimit.bytes = limit;
  for (const m of members.splice(0)) await m.wb.close();
});

function git(cwd: string, ...args: string[]): string {
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
    git(work, 'add', 'documents/big.txt');
    git(work, 'commit', '-q', '-m', 'bob: a large text');
    const oid = git(work, 'rev-parse', 'HEAD:documents/big.txt');
    git(work, 'push', '-q', 'origin', 'HEAD:main');
    git(team.remote, 'repack', '-a', '-d', '-q');
    expect(git(team.remote, 'count-objects', '-v')).toMatch(/^count: 0$/m); // all packed
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
