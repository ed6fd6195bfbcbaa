import * as fs from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject, createWorkbench } from '../../../src/node';
import { fakeSafeStorage } from '../../helpers/fakeSafeStorage';
import { cloneProject, syncProject } from '../../../src/node/sync';
import { tempDir } from '../../helpers/tempProject';
import { serveGit, type GitHttpServer } from './gitHttpServer';
import { annotate, projectFiles } from './team';

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

  it('syncs from the app with a token kept in the OS keychain, never in the project', async () => {
    const root = tempDir('loupe-http-app-');
    const repos = join(root, 'srv');
    await git.init({ fs, dir: join(repos, 'team.git'), bare: true, defaultBranch: 'main' });
    await writeFile(
      join(repos, 'team.git', 'config'),
      `${await readFile(join(repos, 'team.git', 'config'), 'utf8')}[http]\n\treceivepack = true\n`,
    );
    server = await serveGit(repos, 'alice', 'app-token-77');
    const url = server.url('team.git');
    const sources = join(root, 'sources');
    await mkdir(sources);
    await writeFile(join(sources, 'a.txt'), 'Mike Pompeo met Adel Abdul-Mahdi.');
    const dir = join(root, 'alice');
    await createProject(dir, { name: 'team', seedsDir: sources });
    // Published once from the command line (LOUPE_GIT_TOKEN=… loupe sync --remote URL).
    const credentials = { username: 'alice', token: 'app-token-77' };
    await syncProject(dir, { annotator: 'alice', remote: url, credentials });
    const userFolder = join(root, 'alice-home');
    const wb = await createWorkbench(dir, { userFolder, secrets: fakeSafeStorage() });
    try {
      await wb.updateSettings({ annotator: 'alice' });
      await annotate({ name: 'alice', dir, home: userFolder, wb }, 'a', 'Mike Pompeo');
      await expect(wb.sync({})).rejects.toThrow(/refused the credentials.*Project › Sync/);
      expect(await wb.credentialsStatus({})).toMatchObject({
        remote: url,
        http: true,
        stored: false,
      });
      const saved = await wb.saveCredentials({ username: 'alice', token: 'app-token-77' });
      expect(saved).toMatchObject({ stored: true, username: 'alice', unavailable: null });
      expect((await wb.sync({})).pushed).toBe(true);
      const everything = JSON.stringify(await projectFiles(dir));
      expect(everything).not.toContain('app-token-77');
      expect(await readFile(join(dir, '.git', 'config'), 'utf8')).not.toContain('app-token-77');
      const kept = await readFile(join(userFolder, 'remote-credentials.json'), 'utf8');
      expect(kept).toContain('team.git');
      expect(kept).not.toContain('app-token-77');
      expect(await wb.forgetCredentials({})).toMatchObject({ stored: false });
    } finally {
      await wb.close();
    }
  }, 120_000);
});
