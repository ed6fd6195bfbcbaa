import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncProject, syncStatus } from '../../../src/node/sync';
import { addLabel, annotate, open, projectFiles, startTeam, type Member } from './team';

const teams: Member[][] = [];
afterEach(async () => {
  for (const members of teams.splice(0)) for (const m of members) await m.wb.close();
});

async function team(names?: string[]) {
  const t = await startTeam(names);
  teams.push(t.members);
  return t;
}

/** Every span id each member was told was saved, by document. */
type Acknowledged = { member: string; documentId: string; spanId: string }[];

async function expectAllPresent(members: Member[], acknowledged: Acknowledged): Promise<void> {
  for (const m of members) {
    for (const a of acknowledged) {
      const layer = JSON.parse(
        (await projectFiles(m.dir))[`annotations/${a.member}/${a.documentId}.json`] ?? '{}',
      ) as { spans?: { id: string }[] };
      expect(
        layer.spans?.map((s) => s.id),
        `${m.name} sees ${a.member}'s ${a.spanId}`,
      ).toContain(a.spanId);
    }
  }
}

const ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
];

describe('loupe sync among three annotators', () => {
  it('ends equal on all three clones, in every order of syncs, with every acknowledged edit', async () => {
    const { members } = await team();
    const acknowledged: Acknowledged = [];
    for (const [round, order] of ORDERS.entries()) {
      for (const [i, m] of members.entries()) {
        for (const documentId of ['a', 'b', 'c']) {
          const word = ['Baghdad', 'Iraq', 'Iraq'][['a', 'b', 'c'].indexOf(documentId)] as string;
          const spanId = await annotate(m, documentId, word, 'GPE');
          acknowledged.push({ member: m.name, documentId, spanId });
        }
        await addLabel(m, `L${round}_${i}`);
      }
      for (const i of order) await members[i]!.wb.sync({});
      for (const i of order.slice(0, 2)) await members[i]!.wb.sync({});
      const [first, ...rest] = await Promise.all(members.map((m) => projectFiles(m.dir)));
      for (const files of rest) expect(files).toEqual(first);
    }
    await expectAllPresent(members, acknowledged);
    const labels = (await members[0]!.wb.getProject({})).schema.labels.map((l) => l.name);
    for (const round of ORDERS.keys())
      for (const i of [0, 1, 2]) expect(labels).toContain(`L${round}_${i}`);
    for (const m of members) {
      const status = await m.wb.syncStatus({});
      expect(status).toMatchObject({ ahead: 0, behind: 0, uncommitted: 0, conflicts: [] });
    }
  }, 240_000);

  it("reports teammates' changes since the last sync and writes readable commit messages", async () => {
    const { members } = await team();
    const [alice, bob] = members as [Member, Member];
    await annotate(bob, 'a', 'Baghdad', 'GPE');
    await annotate(bob, 'b', 'Iraq', 'GPE');
    await addLabel(bob, 'TOPIC_X');
    const bobs = await bob.wb.sync({});
    expect(bobs.committed).toBe('bob: 2 documents annotated, 1 label added');
    const alices = await alice.wb.sync({});
    expect(alices.teammates).toEqual([{ annotator: 'bob', documents: ['a', 'b'] }]);
    expect(alices.merge).toBe('fast-forward');
  }, 60_000);

  it('unites aliases and records an entity renamed two ways as a conflict until a person resolves it', async () => {
    const { members } = await team();
    const [alice, bob, carol] = members as [Member, Member, Member];
    const created = await alice.wb.createEntity({ name: 'Abdul-Mahdi', type: 'PERSON' });
    expect(created).toBeTruthy();
    await alice.wb.sync({});
    await bob.wb.sync({});
    await carol.wb.sync({});
    const [entity] = await bob.wb.listEntities({});
    const id = entity!.id;
    await bob.wb.updateEntity({ entityId: id, name: 'Adel Abdul-Mahdi', aliases: ['Abdel Mahdi'] });
    await carol.wb.updateEntity({
      entityId: id,
      name: 'Adil Abdul-Mahdi',
      aliases: ['Adil Abdul Mahdi'],
    });
    await bob.wb.sync({});
    const carols = await carol.wb.sync({});
    expect(carols.newConflicts).toHaveLength(1);
    expect(carols.newConflicts[0]).toMatchObject({ kind: 'entity', subject: id, field: ['name'] });
    const values = carols.newConflicts[0]!.values.map((v) => v.value).sort();
    expect(values).toEqual(['Adel Abdul-Mahdi', 'Adil Abdul-Mahdi']);
    await bob.wb.sync({});
    await alice.wb.sync({});
    for (const m of members) {
      const [e] = await m.wb.listEntities({});
      expect(new Set(e!.aliases)).toEqual(new Set(['Abdel Mahdi', 'Adil Abdul Mahdi']));
      expect((await m.wb.syncStatus({})).conflicts).toHaveLength(1);
    }
    await alice.wb.resolveConflict({
      conflictId: carols.newConflicts[0]!.id,
      value: 'Adil Abdul-Mahdi',
    });
    await alice.wb.sync({});
    for (const m of [bob, carol]) await m.wb.sync({});
    for (const m of members) {
      const [e] = await m.wb.listEntities({});
      expect(e!.name).toBe('Adil Abdul-Mahdi');
      expect((await m.wb.syncStatus({})).conflicts).toEqual([]);
    }
  }, 120_000);
});

describe('a sync stopped at any step', () => {
  it.each(['committed', 'fetched', 'file-written', 'merged', 'pushed'] as const)(
    'leaves a project that opens and syncs again (stopped after %s)',
    async (stopAt) => {
      const { members } = await team(['alice', 'bob']);
      const [alice, bob] = members as [Member, Member];
      const acknowledged: Acknowledged = [
        { member: 'alice', documentId: 'a', spanId: await annotate(alice, 'a', 'Baghdad', 'GPE') },
        { member: 'bob', documentId: 'a', spanId: await annotate(bob, 'a', 'Mike Pompeo') },
        { member: 'bob', documentId: 'c', spanId: await annotate(bob, 'c', 'NATO', 'ORG') },
      ];
      await addLabel(alice, 'TOPIC_X');
      await alice.wb.sync({});
      await bob.wb.close();
      const stop = new Error(`stopped after ${stopAt}`);
      await expect(
        syncProject(bob.dir, {
          annotator: 'bob',
          onStep: (step) => {
            if (step === stopAt) throw stop;
          },
        }),
      ).rejects.toBe(stop);
      bob.wb = await open(bob);
      expect((await bob.wb.validateProject({})).ok).toBe(true);
      await bob.wb.sync({});
      await alice.wb.sync({});
      expect(await projectFiles(bob.dir)).toEqual(await projectFiles(alice.dir));
      await expectAllPresent(members, acknowledged);
      expect((await bob.wb.getProject({})).schema.labels.map((l) => l.name)).toContain('TOPIC_X');
    },
    60_000,
  );
});

describe('remotes that fail', () => {
  it('says an unreachable remote cannot be reached and keeps the local work committed', async () => {
    const { root, members } = await team(['alice']);
    const [alice] = members as [Member];
    await annotate(alice, 'a', 'Baghdad', 'GPE');
    await expect(alice.wb.syncWith({ remote: join(root, 'nowhere.git') })).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(
        /cannot reach the remote .*nowhere\.git.*committed in this project/,
      ),
    });
    expect(await syncStatus(alice.dir)).toMatchObject({ uncommitted: 0, ahead: 1 });
  }, 60_000);

  it('refuses a push while a teammate holds the remote, then succeeds', async () => {
    const { remote, members } = await team(['alice']);
    const [alice] = members as [Member];
    await annotate(alice, 'b', 'Iraq', 'GPE');
    const { writeFile, rm } = await import('node:fs/promises');
    const lock = join(remote, 'refs', 'heads', 'main.lock');
    await writeFile(lock, '');
    await expect(alice.wb.sync({})).rejects.toMatchObject({
      message: expect.stringMatching(/pushing to the remote right now.*committed in this project/),
    });
    expect(await syncStatus(alice.dir)).toMatchObject({ uncommitted: 0, ahead: 1 });
    await rm(lock);
    const report = await alice.wb.sync({});
    expect(report.pushed).toBe(true);
    expect(report.status).toMatchObject({ ahead: 0, behind: 0 });
  }, 60_000);

  it('names a ref of the remote that is a FIFO instead of waiting on it, and leaves it', async () => {
    const { rm } = await import('node:fs/promises');
    const { execFileSync } = await import('node:child_process');
    const { remote, members } = await team(['alice']);
    const [alice] = members as [Member];
    await annotate(alice, 'b', 'Iraq', 'GPE');
    const ref = join(remote, 'refs', 'heads', 'main');
    await rm(ref);
    execFileSync('mkfifo', [ref]);
    await expect(alice.wb.sync({})).rejects.toThrow(
      /refs\/heads\/main: is not a plain file \(a FIFO.*committed in this project/,
    );
    const { lstatSync } = await import('node:fs');
    expect(lstatSync(ref).isFIFO()).toBe(true);
  }, 60_000);

  it('takes over at once the remote lock of a sync killed on this machine', async () => {
    const { remote, members } = await team(['alice']);
    const [alice] = members as [Member];
    await annotate(alice, 'b', 'Iraq', 'GPE');
    const { spawnSync } = await import('node:child_process');
    const { hostname } = await import('node:os');
    const { writeFile } = await import('node:fs/promises');
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const killed = {
      pid: gone,
      host: hostname(),
      dir: remote,
      owner: 'loupe sync',
      startedAt: new Date().toISOString(),
      nonce: 'killed',
    };
    await writeFile(join(remote, 'refs', 'heads', 'main.lock'), JSON.stringify(killed));
    const report = await alice.wb.sync({});
    expect(report.pushed).toBe(true);
    expect(report.status).toMatchObject({ ahead: 0, behind: 0 });
  }, 60_000);

  it('never writes credentials into the project', async () => {
    const { members } = await team(['alice']);
    const [alice] = members as [Member];
    await expect(
      alice.wb.syncWith({ remote: 'https://alice:s3cret@git.example.invalid/team.git' }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/LOUPE_GIT_TOKEN/),
    });
    process.env.LOUPE_GIT_TOKEN = 's3cret-token';
    try {
      await expect(
        alice.wb.syncWith({ remote: 'http://127.0.0.1:9/team.git' }),
      ).rejects.toMatchObject({
        code: 'io',
      });
    } finally {
      delete process.env.LOUPE_GIT_TOKEN;
    }
    const config = await readFile(join(alice.dir, '.git', 'config'), 'utf8');
    expect(config).not.toMatch(/s3cret/);
    const files = Object.values(await projectFiles(alice.dir)).join('\n');
    expect(files).not.toMatch(/s3cret/);
  }, 60_000);
});

describe('labels in use', () => {
  it('keeps a label one annotator deleted while a teammate labelled new spans with it', async () => {
    const { members } = await team(['alice', 'bob']);
    const [alice, bob] = members as [Member, Member];
    await addLabel(alice, 'TOPIC_X');
    await alice.wb.sync({});
    await bob.wb.sync({});
    await alice.wb.deleteLabel({ name: 'TOPIC_X' });
    const spanId = await annotate(bob, 'c', 'NATO', 'TOPIC_X');
    await alice.wb.sync({});
    await bob.wb.sync({});
    await alice.wb.sync({});
    for (const m of members) {
      expect((await m.wb.getProject({})).schema.labels.map((l) => l.name)).toContain('TOPIC_X');
      expect((await m.wb.validateProject({})).ok).toBe(true);
    }
    await expectAllPresent(members, [{ member: 'bob', documentId: 'c', spanId }]);
  }, 60_000);
});

describe('a project already kept in git', () => {
  it('syncs from its own branch (master) and brings teammates in on that branch', async () => {
    const isoGit = (await import('isomorphic-git')).default;
    const fs = await import('node:fs');
    const { members, remote } = await team(['alice', 'bob']);
    const [, bob] = members as [Member, Member];
    const { tempDir } = await import('../../helpers/tempProject');
    const { cloneProject } = await import('../../../src/node/sync');
    const carolDir = join(tempDir(), 'carol');
    await cloneProject(remote, carolDir);
    await isoGit.branch({ fs, dir: carolDir, ref: 'master', checkout: true });
    const carol: Member = {
      name: 'carol',
      dir: carolDir,
      home: join(carolDir, '..', 'home'),
      wb: await open({ name: 'carol', dir: carolDir, home: join(carolDir, '..', 'home') }),
    };
    teams.push([carol]);
    const spanId = await annotate(bob, 'b', 'Iraq', 'GPE');
    await bob.wb.sync({});
    const report = await carol.wb.sync({});
    expect(report.merge).toBe('fast-forward');
    expect(await isoGit.currentBranch({ fs, dir: carolDir })).toBe('master');
    await expectAllPresent([carol], [{ member: 'bob', documentId: 'b', spanId }]);
    expect((await carol.wb.syncStatus({})).uncommitted).toBe(0);
  }, 60_000);
});

describe('layer journals', () => {
  it('commits each layer as one snapshot holding every saved edit (journals folded in first)', async () => {
    const isoGit = (await import('isomorphic-git')).default;
    const fs = await import('node:fs');
    const { members } = await team(['alice']);
    const [alice] = members as [Member];
    const ids = [
      await annotate(alice, 'a', 'Baghdad', 'GPE'),
      await annotate(alice, 'a', 'Mike Pompeo'),
    ];
    const journals = Object.keys(await projectFiles(alice.dir)).filter((p) =>
      p.endsWith('.journal.jsonl'),
    );
    expect(journals.length).toBeGreaterThan(0); // saves went to the journal
    await alice.wb.sync({});
    const files = await isoGit.listFiles({ fs, dir: alice.dir, ref: 'HEAD' });
    expect(files.filter((p) => p.includes('.journal'))).toEqual([]);
    const { blob } = await isoGit.readBlob({
      fs,
      dir: alice.dir,
      oid: await isoGit.resolveRef({ fs, dir: alice.dir, ref: 'HEAD' }),
      filepath: 'annotations/alice/a.json',
    });
    const committed = JSON.parse(new TextDecoder().decode(blob)) as { spans: { id: string }[] };
    expect(committed.spans.map((s) => s.id).sort()).toEqual([...ids].sort());
  }, 60_000);
});

describe('a project holding links or special files', () => {
  it('commits and sends nothing while a project file or folder is a link, a FIFO or too large', async () => {
    const isoGit = (await import('isomorphic-git')).default;
    const fs = await import('node:fs');
    const { cp, rename, rm, symlink, truncate } = await import('node:fs/promises');
    const { execFileSync } = await import('node:child_process');
    const { tempDir } = await import('../../helpers/tempProject');
    const { remote, members } = await team(['alice', 'bob']);
    const [alice, bob] = members as [Member, Member];
    await annotate(bob, 'a', 'Baghdad', 'GPE');
    await bob.wb.sync({});
    await alice.wb.sync({});
    const outside = tempDir('loupe-outside-');
    const at = (path: string) => join(alice.dir, path);
    /** Moves a file or folder out of the project and links it back. */
    const linkOut = async (path: string) => {
      await rename(at(path), join(outside, 'moved'));
      await symlink(join(outside, 'moved'), at(path));
      return async () => {
        await rm(at(path));
        await rename(join(outside, 'moved'), at(path));
      };
    };
    const fifo = async (path: string) => {
      await rename(at(path), join(outside, 'moved'));
      execFileSync('mkfifo', [at(path)]);
      return () => rename(join(outside, 'moved'), at(path));
    };
    const tooLarge = async (path: string) => {
      await cp(at(path), join(outside, 'moved'));
      await truncate(at(path), 300 * 1024 * 1024);
      return () => rename(join(outside, 'moved'), at(path));
    };
    const plants: [string, (path: string) => Promise<() => Promise<void>>][] = [
      ['annotations/bob', linkOut],
      ['documents/b.txt', linkOut],
      ['documents/c.txt', fifo],
      ['documents/a.txt', tooLarge],
      ['.git', linkOut],
    ];
    const tips = async () => [
      await isoGit.resolveRef({ fs, dir: alice.dir, ref: 'HEAD' }),
      await isoGit.resolveRef({ fs, gitdir: remote, ref: 'refs/heads/main' }),
    ];
    const before = await tips();
    for (const [file, plant] of plants) {
      const undo = await plant(file);
      const moved = fs.readdirSync(outside, { recursive: true }).length;
      await expect(alice.wb.sync({}), file).rejects.toMatchObject({
        code: 'invalid_request',
        message: expect.stringMatching(
          new RegExp(`^${file.replace('.', '\\.')} .*nothing was committed or sent`),
        ),
      });
      expect(fs.readdirSync(outside, { recursive: true }), file).toHaveLength(moved);
      // The status still answers, naming what blocks syncing instead of failing whole.
      const status = await alice.wb.syncStatus({});
      expect(status.blocked, file).toEqual([{ file, reason: expect.any(String) }]);
      expect(status.uncommitted, file).toBeNull();
      if (file !== '.git') expect(status, file).toMatchObject({ remote, ahead: 0, behind: 0 });
      await undo();
      expect(await tips(), file).toEqual(before);
    }
    expect((await alice.wb.sync({})).committed).toBeNull();
    expect(await alice.wb.syncStatus({})).toMatchObject({ blocked: [], uncommitted: 0 });
  }, 120_000);
});

describe("a teammate's .gitignore", () => {
  it('keeps no project file out of a sync: every annotator is shared whatever it ignores', async () => {
    const { appendFile } = await import('node:fs/promises');
    const { members } = await team(['alice', 'bob']);
    const [alice, bob] = members as [Member, Member];
    await appendFile(join(alice.dir, '.gitignore'), 'annotations/\ndocuments/*.json\n');
    await alice.wb.sync({});
    await bob.wb.sync({});
    const spanId = await annotate(bob, 'b', 'Iraq', 'GPE');
    expect((await bob.wb.sync({})).committed).toMatch(/^bob: 1 document annotated/);
    await alice.wb.sync({});
    await expectAllPresent([alice], [{ member: 'bob', documentId: 'b', spanId }]);
    expect(await alice.wb.syncStatus({})).toMatchObject({ uncommitted: 0, ahead: 0, behind: 0 });
  }, 60_000);
});

describe('sync records that are not plain files', () => {
  it('never waits on a FIFO or reads a device as the sync record or the conflicts file', async () => {
    const { rm, symlink } = await import('node:fs/promises');
    const { execFileSync } = await import('node:child_process');
    const { members } = await team(['alice']);
    const [alice] = members as [Member];
    const record = join(alice.dir, '.git', 'loupe-sync.json');
    await rm(record);
    execFileSync('mkfifo', [record]);
    await annotate(alice, 'a', 'Baghdad', 'GPE');
    expect((await alice.wb.sync({})).pushed).toBe(true);
    await rm(record);
    await symlink('/dev/zero', record);
    expect((await alice.wb.sync({})).pushed).toBe(false);
    execFileSync('mkfifo', [join(alice.dir, 'conflicts.json')]);
    expect(await syncStatus(alice.dir)).toMatchObject({
      blocked: [{ file: 'conflicts.json', reason: expect.stringMatching(/a FIFO/) }],
      conflicts: [],
      uncommitted: null,
    });
  }, 60_000);
});

describe('a shared history holding a file larger than Loupe reads', () => {
  it('refuses its object before inflating it whole, changing nothing', async () => {
    const isoGit = (await import('isomorphic-git')).default;
    const fs = await import('node:fs');
    const { createHash } = await import('node:crypto');
    const { createDeflate } = await import('node:zlib');
    const { pipeline } = await import('node:stream/promises');
    const { MAX_PROJECT_FILE_BYTES } = await import('../../../src/node/store');
    const { remote, members } = await team(['alice']);
    const [alice] = members as [Member];
    // A loose blob of zeros, as git writes one: a few hundred kilobytes on disk.
    const size = MAX_PROJECT_FILE_BYTES + 1;
    const header = Buffer.from(`blob ${size}\0`);
    const sha = createHash('sha1').update(header);
    const zeros = Buffer.alloc(1 << 20);
    async function* content() {
      yield header;
      for (let left = size; left > 0; left -= zeros.length) {
        const piece = zeros.subarray(0, Math.min(left, zeros.length));
        sha.update(piece);
        yield piece;
      }
    }
    const temp = join(remote, 'big.tmp');
    await pipeline(content, createDeflate(), fs.createWriteStream(temp));
    const oid = sha.digest('hex');
    fs.mkdirSync(join(remote, 'objects', oid.slice(0, 2)), { recursive: true });
    fs.renameSync(temp, join(remote, 'objects', oid.slice(0, 2), oid.slice(2)));
    const gitdir = remote;
    const tip = await isoGit.resolveRef({ fs, gitdir, ref: 'refs/heads/main' });
    const top = await isoGit.readTree({ fs, gitdir, oid: tip });
    const documents = top.tree.find((e) => e.path === 'documents');
    const texts = await isoGit.readTree({ fs, gitdir, oid: documents?.oid ?? '' });
    const big = { mode: '100644', path: 'big.txt', oid, type: 'blob' } as const;
    const withBig = await isoGit.writeTree({ fs, gitdir, tree: [...texts.tree, big] });
    const tree = await isoGit.writeTree({
      fs,
      gitdir,
      tree: top.tree.map((e) => (e.path === 'documents' ? { ...e, oid: withBig } : e)),
    });
    await isoGit.commit({
      fs,
      gitdir,
      tree,
      parent: [tip],
      message: 'bob: a large text\n',
      author: { name: 'bob', email: 'bob@loupe.invalid' },
      ref: 'refs/heads/main',
    });
    const before = await projectFiles(alice.dir);
    await expect(alice.wb.sync({})).rejects.toMatchObject({
      message: expect.stringMatching(new RegExp(`^git object ${oid}: holds more than`)),
    });
    expect(await projectFiles(alice.dir)).toEqual(before);
  }, 120_000);
});

describe('a project file the user cannot read', () => {
  it('is named, with what to do, and nothing is committed or sent', async () => {
    const { installFsTrap, errnoError } = await import('../../faults/support/fsTrap');
    const { members } = await team(['alice']);
    const [alice] = members as [Member];
    await annotate(alice, 'a', 'Baghdad', 'GPE');
    await alice.wb.close();
    const layer = join(alice.dir, 'annotations', 'alice', 'a.json');
    const remove = installFsTrap((call) => {
      if (call.op === 'open' && call.path === layer) throw errnoError('EACCES', 'open', layer);
    });
    alice.wb = await open(alice);
    try {
      await expect(alice.wb.sync({})).rejects.toMatchObject({
        code: 'invalid_request',
        message: expect.stringMatching(
          /^annotations\/alice\/a\.json cannot be read \(permission denied\).*read access/,
        ),
      });
    } finally {
      remove();
    }
    expect((await alice.wb.syncStatus({})).uncommitted).toBe(1);
  }, 60_000);
});
