import { existsSync, readFileSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { emptyLayer } from '../../../src/shared/model';
import { stableStringify } from '../../../src/node/store';
import { layerFilesNow } from '../../helpers/layerFilesNow';
import { projectWith, tempDir } from '../../helpers/tempProject';

const PERSON = { documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] };

/** A layer file as a teammate's folder could carry it, with any `annotator` field. */
async function plantLayer(dir: string, folder: string, annotator: string): Promise<void> {
  const meta = JSON.parse(readFileSync(join(dir, 'documents', 'a.json'), 'utf8'));
  await mkdir(join(dir, 'annotations', folder), { recursive: true });
  const layer = { ...emptyLayer('a', meta.textHash, annotator), status: 'in_progress' };
  await writeFile(join(dir, 'annotations', folder, 'a.json'), stableStringify(layer));
}

/** A journal line with a right checksum, whatever its JSON says. */
function forgedRecord(json: string): string {
  return `${json}\t${crc32(Buffer.from(json)).toString(16).padStart(8, '0')}\n`;
}

describe('a project folder as untrusted input', () => {
  it("writes edits to the folder's annotator, never where the layer's own annotator field points", async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' }, null);
    await plantLayer(dir, 'bob', 'alice');
    await workbench.updateSettings({ annotator: 'bob' });
    await workbench.addSpan(PERSON);
    expect(existsSync(join(dir, 'annotations', 'alice'))).toBe(false);
    expect(layerFilesNow(dir, 'bob', 'a').spans).toHaveLength(1);
    expect((await workbench.openDocument({ documentId: 'a' })).layer.annotator).toBe('bob');
    await workbench.close();
  });

  it('reports a layer whose annotator field names someone else, and one pointing outside', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await plantLayer(dir, 'bob', 'alice');
    await plantLayer(dir, 'carol', '../../outside/x');
    const report = await workbench.validateProject({});
    expect(report.ok).toBe(false);
    const files = report.problems.map((p) => `${p.file}: ${p.reason}`);
    expect(
      files.some((f) => /^annotations\/bob\/a.json: its annotator field says "alice"/.test(f)),
    ).toBe(true);
    expect(files.some((f) => /^annotations\/carol\/a.json: .*"..\/..\/outside\/x"/.test(f))).toBe(
      true,
    );
    await workbench.close();
  });

  it('refuses an edit into an annotations/<name> folder linked outside, writing nothing there', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const outside = tempDir();
    await mkdir(join(dir, 'annotations'), { recursive: true });
    await symlink(outside, join(dir, 'annotations', 'tester'));
    await expect(workbench.addSpan(PERSON)).rejects.toThrow(/lies outside the project folder/);
    expect(await readdir(outside)).toEqual([]);
    await workbench.close();
  });

  it('never appends to a journal another path shares by a hard link (a copy made with cp -al)', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.addSpan(PERSON);
    await workbench.addSpan({ ...PERSON, fragments: [{ start: 5, end: 11 }] });
    const journal = join(dir, 'annotations', 'tester', 'a.journal.jsonl');
    const copy = join(tempDir(), 'a.journal.jsonl');
    await link(journal, copy);
    const before = await readFile(copy);
    await workbench.addSpan({ ...PERSON, label: 'ORG' });
    expect(await readFile(copy)).toEqual(before);
    expect(layerFilesNow(dir, 'tester', 'a').spans).toHaveLength(3);
    await workbench.close();
  });

  it('reports journal records whose checksum is right but whose content is not a layer edit', async () => {
    const item =
      '{"id":"s_0123456789abcdef","label":"PERSON","fragments":[{"start":-5,"end":2.5}],"author":"tester","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}';
    const forged = {
      'negative, fractional offsets': `{"seq":1,"spans":{"put":[{"at":0,"item":${item}}],"remove":[]}}`,
      'a prototype key': '{"seq":1,"set":{"__proto__":{"status":"done"}}}',
      'a span list set whole': '{"seq":1,"set":{"spans":"x"}}',
    };
    for (const [name, json] of Object.entries(forged)) {
      const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
      await plantLayer(dir, 'tester', 'tester');
      await writeFile(join(dir, 'annotations', 'tester', 'a.journal.jsonl'), forgedRecord(json));
      const report = await workbench.validateProject({});
      expect(report.ok, name).toBe(false);
      expect(report.problems, name).toContainEqual(
        expect.objectContaining({
          file: 'annotations/tester/a.journal.jsonl',
          line: 1,
          reason: expect.stringMatching(/^record 1 does not match the schema/),
        }),
      );
      await workbench.close();
    }
  });

  it('names a file standing where entities/ or an annotator folder should be, in validate and in the edit it stops', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await mkdir(join(dir, 'annotations'), { recursive: true });
    await writeFile(join(dir, 'entities'), 'not a folder');
    await writeFile(join(dir, 'annotations', 'tester'), 'not a folder');
    const report = await workbench.validateProject({});
    expect(report.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['entities', 'annotations/tester']),
    );
    await expect(workbench.addSpan(PERSON)).rejects.toThrow(
      /^annotations\/tester\/a.json: cannot be reached: a file stands where/,
    );
    await expect(workbench.createEntity({ name: 'Mike Pompeo', type: 'PERSON' })).rejects.toThrow(
      /^entities\/: cannot be reached: a file stands where the folder entities\//,
    );
    await workbench.close();
  });

  it('names a link loop on the way to a layer, in edits and in validate, without an errno or an absolute path', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.addSpan(PERSON);
    await workbench.close();
    await symlink('bob', join(dir, 'annotations', 'bob'));
    await rm(join(dir, 'annotations', 'tester', 'a.json'));
    await symlink('a.json', join(dir, 'annotations', 'tester', 'a.json'));
    const again = await createWorkbench(dir, { userFolder: tempDir() });
    await again.updateSettings({ annotator: 'tester' });
    const loop = /is a symbolic link loop \(ELOOP\)/;
    const edit = await again.invoke('addSpan', PERSON);
    expect(edit).toMatchObject({ ok: false, error: { code: 'damaged_file' } });
    expect(JSON.stringify(edit)).toMatch(new RegExp(`annotations/tester/a\\.json: ${loop.source}`));
    await again.updateSettings({ annotator: 'bob' });
    const other = JSON.stringify(await again.invoke('addSpan', PERSON));
    expect(other).toMatch(new RegExp(`cannot be reached: annotations/bob ${loop.source}`));
    const report = await again.validateProject({});
    await again.close();
    const said = [edit, other, ...report.problems].map((p) => JSON.stringify(p)).join('\n');
    expect(said).not.toMatch(/too many symbolic links|does not exist/);
    expect(said).not.toContain(dir);
    expect(report.problems.map((p) => p.file)).toEqual([
      'annotations/bob',
      'annotations/tester/a.json',
    ]);
  });

  it('opens a project with a link loop where an entity file or documents/ should be, and names it', async () => {
    const loops: Record<string, (dir: string) => Promise<void>> = {
      'entities/self.json': async (dir) => {
        await mkdir(join(dir, 'entities'), { recursive: true });
        await symlink('self.json', join(dir, 'entities', 'self.json'));
      },
      documents: async (dir) => {
        await rm(join(dir, 'documents'), { recursive: true });
        await symlink('documents', join(dir, 'documents'));
      },
    };
    for (const [file, plant] of Object.entries(loops)) {
      const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
      await workbench.close();
      await plant(dir);
      const again = await createWorkbench(dir, { userFolder: tempDir() });
      const report = await again.validateProject({});
      await again.close();
      expect(report.problems, file).toEqual([
        { file, reason: expect.stringMatching(/^is a symbolic link loop \(ELOOP\)/) },
      ]);
    }
  });

  it('refuses an export into an exports/ folder linked outside', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const outside = tempDir();
    await symlink(outside, join(dir, 'exports'));
    await expect(
      workbench.exportProject({ format: 'spans-jsonl', annotator: 'tester', out: 'x.jsonl' }),
    ).rejects.toThrow(/link leading out of the project/);
    expect(await readdir(outside)).toEqual([]);
    await workbench.close();
  });

  it("refuses to write through an annotator folder linked to another's, leaving that one's layers as they were", async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.updateSettings({ annotator: 'alice' });
    await workbench.addSpan(PERSON);
    await workbench.close();
    const before = readFileSync(join(dir, 'annotations', 'alice', 'a.json'), 'utf8');
    await symlink('alice', join(dir, 'annotations', 'carol'));
    const again = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    await again.updateSettings({ annotator: 'carol' });
    await expect(again.addSpan({ ...PERSON, fragments: [{ start: 5, end: 11 }] })).rejects.toThrow(
      /^annotations\/carol\/: is a link to annotations\/alice\/, another folder/,
    );
    await again.close();
    expect(readFileSync(join(dir, 'annotations', 'alice', 'a.json'), 'utf8')).toBe(before);
    const checker = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    const report = await checker.validateProject({});
    await checker.close();
    expect(report.problems.map((p) => `${p.file}: ${p.reason}`)).toContainEqual(
      expect.stringMatching(/^annotations\/carol: is a link to annotations\/alice, another folder/),
    );
  });

  it('names a text left without its metadata when an import would take its name, and writes nothing', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.close();
    await rm(join(dir, 'documents', 'a.json'));
    const again = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
    const text = { name: 'a.txt', base64: Buffer.from('Mike Pompeo spoke.').toString('base64') };
    await expect(again.importFiles({ files: [text], format: 'txt' })).rejects.toThrow(
      /documents\/a\.txt already exists without its metadata documents\/a\.json.*loupe validate/,
    );
    await again.close();
    expect(readFileSync(join(dir, 'documents', 'a.txt'), 'utf8')).toBe('Mike Pompeo');
    expect(existsSync(join(dir, 'documents', 'a.json'))).toBe(false);
  });

  it('names a folder that is a link to nothing (an annotator folder, entities/, exports/) instead of an errno', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const outside = tempDir();
    await mkdir(join(dir, 'annotations'), { recursive: true });
    await symlink(join(outside, 'tester'), join(dir, 'annotations', 'tester'));
    await symlink(join(outside, 'entities'), join(dir, 'entities'));
    await symlink(join(outside, 'exports'), join(dir, 'exports'));
    await expect(workbench.addSpan(PERSON)).rejects.toThrow(
      /^annotations\/tester\/: is a link to ".*tester", which does not exist; .*validate --repair removes it/,
    );
    await expect(workbench.createEntity({ name: 'Mike Pompeo', type: 'PERSON' })).rejects.toThrow(
      /^entities\/: is a link to ".*entities", which does not exist/,
    );
    await rm(join(dir, 'annotations', 'tester'));
    await workbench.addSpan(PERSON);
    await expect(
      workbench.exportProject({ format: 'spans-jsonl', annotator: 'tester', out: 'x.jsonl' }),
    ).rejects.toThrow(/exports folder is a link to ".*exports", which does not exist/);
    expect(await readdir(outside)).toEqual([]);
    await workbench.close();
  });

  it('shares one writer lock for the same folder opened through a link', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.close();
    const alias = join(tempDir(), 'alias');
    await symlink(dir, alias);
    const user = join(dir, '..', 'user');
    const first = await createWorkbench(dir, { userFolder: user });
    const second = await createWorkbench(alias, { userFolder: user });
    expect(first.readOnly).toBeNull();
    expect(second.readOnly).toBeNull(); // one process: the same lock, the same edit queue
    await Promise.all([
      first.addSpan(PERSON),
      second.addSpan({ ...PERSON, fragments: [{ start: 5, end: 11 }] }),
    ]);
    expect(layerFilesNow(dir, 'tester', 'a').spans).toHaveLength(2);
    await first.close();
    await second.close();
  });

  it('takes over a lock copied along with a project (another folder, another inode)', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const copy = join(tempDir(), 'copy');
    await mkdir(copy);
    for (const name of await readdir(dir)) await rename(join(dir, name), join(copy, name));
    await rm(dir, { recursive: true });
    const opened = await createWorkbench(copy, { userFolder: join(copy, '..', 'user') });
    expect(opened.readOnly).toBeNull();
    await opened.close();
    await workbench.close().catch(() => undefined);
  });
});
