import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempProject';
import { malloryEnv, startTeam, type Member } from './team';

const members: Member[] = [];
afterEach(async () => {
  for (const m of members.splice(0)) await m.wb.close();
});

/** Runs real git in `cwd` as Mallory, a teammate who shares with git itself. */
function gitAs(cwd: string, ...args: string[]): string {
  const env = malloryEnv();
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

describe('a link already in the shared history', () => {
  it('names the commit that added it and the path, says how to repair it, and syncs once repaired', async () => {
    const team = await startTeam(['alice', 'bob']);
    members.push(...team.members);
    const [alice] = team.members as [Member, Member];
    const work = join(tempDir('loupe-mallory-'), 'work');
    execFileSync('git', ['clone', '-q', team.remote, work]);
    symlinkSync('/etc/passwd', join(work, 'documents', 'shortcut.txt'));
    gitAs(work, 'add', 'documents/shortcut.txt');
    gitAs(work, 'commit', '-q', '-m', 'Add a shortcut to the texts');
    const added = gitAs(work, 'rev-parse', '--short=7', 'HEAD');
    gitAs(work, 'commit', '-q', '--allow-empty', '-m', 'Later work');
    gitAs(work, 'push', '-q', 'origin', 'HEAD:main');

    const refusal = await alice.wb.sync({}).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ code: 'invalid_request' });
    const message = refusal instanceof Error ? refusal.message : '';
    expect(message).toContain('documents/shortcut.txt');
    expect(message).toContain(added);
    expect(message).toContain('Mallory');
    expect(message).toContain('Add a shortcut to the texts');
    expect(message).toMatch(/git rm .*documents\/shortcut\.txt/);

    // The repair the message names: remove the link in a new commit on the shared branch.
    gitAs(work, 'rm', '-q', 'documents/shortcut.txt');
    gitAs(work, 'commit', '-q', '-m', 'Remove the shortcut');
    gitAs(work, 'push', '-q', 'origin', 'HEAD:main');
    expect((await alice.wb.sync({})).status).toMatchObject({ behind: 0, blocked: [] });
  }, 60_000);
});
