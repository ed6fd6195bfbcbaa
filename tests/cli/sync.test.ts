import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { ProjectFolder } from '../../src/node';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempProject';

const D1 = '001_8f0f90acb7aa8cc5';

describe('loupe clone and loupe sync', () => {
  it('publish, clone, sync with readable messages; teammates changes reported; one-line failures', async () => {
    const root = tempDir('loupe-cli-sync-');
    const remote = join(root, 'team.git');
    await git.init({ fs, dir: remote, bare: true, defaultBranch: 'main' });
    const [alice, bob] = [join(root, 'alice'), join(root, 'bob')];
    const [aliceHome, bobHome] = [join(root, 'alice-home'), join(root, 'bob-home')];
    expect(runCli(['init', alice, '--seeds'], aliceHome).code).toBe(0);
    const published = runCli(
      ['sync', alice, '--remote', remote, '--annotator', 'alice'],
      aliceHome,
    );
    expect(published).toMatchObject({ code: 0 });
    expect(published.stderr).toMatch(
      /committed "alice: 5 documents added, 9 labels added"\npushed/,
    );

    expect(runCli(['clone', remote, bob], bobHome)).toMatchObject({ code: 0 });
    const store = await ProjectFolder.open(bob);
    const text = readFileSync(join(bob, 'documents', `${D1}.txt`), 'utf8');
    await writeAnnotatorLayer(store, D1, 'bob', [spanOver(text, 'Iraq', 'GPE', 'b1')]);
    const bobs = runCli(['sync', bob, '--annotator', 'bob', '--json'], bobHome);
    expect(bobs.code).toBe(0);
    expect(JSON.parse(bobs.stdout)).toMatchObject({
      committed: 'bob: 1 document annotated',
      pushed: true,
    });

    const alices = runCli(['sync', alice], aliceHome);
    expect(alices.code).toBe(0);
    expect(alices.stderr).toMatch(/since your last sync: bob changed 1 document\b/);

    const nowhere = runCli(['sync', alice, '--remote', join(root, 'nowhere.git')], aliceHome);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr.trim().split('\n')).toHaveLength(1);
    expect(nowhere.stderr).toMatch(/^loupe sync: cannot reach the remote/);
    expect(runCli(['sync', alice], aliceHome)).toMatchObject({ code: 0 }); // the remote that worked is kept
    const secret = runCli(
      ['clone', 'https://bob:pw@example.invalid/t.git', join(root, 'x')],
      bobHome,
    );
    expect(secret.code).toBe(1);
    expect(secret.stderr).toMatch(/LOUPE_GIT_TOKEN/);
    expect(fs.existsSync(join(root, 'x'))).toBe(false);
  }, 120_000);
});
