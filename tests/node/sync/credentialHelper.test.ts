import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperCommand, parseHelperAnswer } from '../../../src/node/sync/credentialHelper';
import { credentialsFor } from '../../../src/node/sync/remoteCredentials';
import { tempDir } from '../../helpers/tempProject';

/** A credential helper as git runs one: reads protocol/host/path, answers for that host only. */
function fakeHelper(): string {
  const path = join(tempDir(), 'git-credential-fake');
  writeFileSync(
    path,
    `#!${process.execPath}
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  if (process.argv[2] !== 'get') process.exit(1);
  const q = Object.fromEntries(input.trim().split('\\n').map((l) => l.split('=')));
  if (q.host === 'git.example.org' && q.protocol === 'https' && q.path === 'team.git')
    process.stdout.write('protocol=https\\nhost=git.example.org\\nusername=bob\\npassword=helper-token\\n');
});
`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe('credentials on the command line', () => {
  it('asks a git credential helper with git’s protocol', async () => {
    const env = { LOUPE_GIT_CREDENTIAL_HELPER: fakeHelper() };
    expect(await credentialsFor('https://git.example.org/team.git', { env, vault: null })).toEqual({
      username: 'bob',
      token: 'helper-token',
    });
    expect(
      await credentialsFor('https://other.example.org/team.git', { env, vault: null }),
    ).toEqual({});
  });

  it('prefers LOUPE_GIT_USERNAME and LOUPE_GIT_TOKEN, and needs nothing for a folder remote', async () => {
    const env = {
      LOUPE_GIT_USERNAME: 'carol',
      LOUPE_GIT_TOKEN: 'env-token',
      LOUPE_GIT_CREDENTIAL_HELPER: fakeHelper(),
    };
    expect(await credentialsFor('https://git.example.org/team.git', { env, vault: null })).toEqual({
      username: 'carol',
      token: 'env-token',
    });
    expect(await credentialsFor('/shared/team.git', { env, vault: null })).toEqual({});
  });

  it('names helpers as git does and reads its answer', () => {
    expect(helperCommand('store --file /tmp/creds')).toEqual([
      'git-credential-store',
      ['--file', '/tmp/creds', 'get'],
    ]);
    expect(helperCommand('/usr/lib/git-core/git-credential-libsecret')).toEqual([
      '/usr/lib/git-core/git-credential-libsecret',
      ['get'],
    ]);
    expect(parseHelperAnswer('username=a\npassword=p=q\r\n')).toEqual({
      username: 'a',
      token: 'p=q',
    });
  });

  it('reports a helper that fails', async () => {
    const env = { LOUPE_GIT_CREDENTIAL_HELPER: join(tempDir(), 'missing-helper') };
    await expect(
      credentialsFor('https://git.example.org/team.git', { env, vault: null }),
    ).rejects.toThrow(/credential helper .*missing-helper failed/);
  });
});
