import * as fs from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject } from '../../../src/node';
import { cloneProject, syncProject } from '../../../src/node/sync';
import { tempDir } from '../../helpers/tempProject';
import { serveGit, type GitHttpServer } from './gitHttpServer';
import { projectFiles } from './team';

let server: GitHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('an HTTP(S) remote', () => {
  it('publishes, clones and syncs through a git server with a token from the environment, never stored', async () => {
    const root = tempDir('loupe-http-');
    const repos = join(root, 'srv');
    await git.init({ fs, dir: join(repos, 'team.git'), bare: true, defaultBranch: 'main' });
    await writeFile(
      join(repos, 'team.git', 'config'),
      `${await readFile(join(repos, 'team.git', 'config'), 'utf8')}[http]\n\treceivepack = true\n`,
    );
    server = await serveGit(repos, 'alice', 's3cret-token');
    const url = server.url('team.git');
    const sources = join(root, 'sources');
    await mkdir(sources);
    await writeFile(join(sources, 'a.txt'), 'Mike Pompeo met Adel Abdul-Mahdi.');
    const alice = join(root, 'alice');
    await createProject(alice, { name: 'team', seedsDir: sources });
    await expect(syncProject(alice, { annotator: 'alice', remote: url })).rejects.toMatchObject({
      message: expect.stringMatching(/refused the credentials.*LOUPE_GIT_TOKEN/),
    });
    const credentials = { username: 'alice', token: 's3cret-token' };
    const published = await syncProject(alice, { annotator: 'alice', remote: url, credentials });
    expect(published.pushed).toBe(true);
    const bob = join(root, 'bob');
    await cloneProject(url, bob, credentials);
    expect(await projectFiles(bob)).toEqual(await projectFiles(alice));
    const again = await syncProject(bob, { annotator: 'bob', credentials });
    expect(again).toMatchObject({ committed: null, pushed: false });
    for (const dir of [alice, bob]) {
      expect(await readFile(join(dir, '.git', 'config'), 'utf8')).not.toMatch(/s3cret/);
    }
  }, 120_000);
});
