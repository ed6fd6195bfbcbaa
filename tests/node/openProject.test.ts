import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbench, LOCK_FILE } from '../../src/node';
import { WorkbenchError } from '../../src/shared/contract';
import { atomicWrite, stableStringify } from '../../src/node/store';
import { makeReadOnly } from '../faults/support/readOnlyFolder';
import { snapshotFolder } from '../helpers/snapshotFolder';
import { projectWith } from '../helpers/tempProject';

/** What another live program on this machine leaves while it has the project open. */
async function heldByAnotherProgram(dir: string): Promise<void> {
  const holder = {
    pid: process.ppid,
    host: hostname(),
    dir,
    owner: 'loupe serve',
    startedAt: new Date().toISOString(),
    nonce: 'elsewhere',
  };
  await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder));
}

/** A teammate's change to the manifest arriving by git pull: a label added. */
async function pullNewLabel(dir: string, name: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8'));
  manifest.schema.labels.push({ name, description: 'pulled' });
  await atomicWrite(join(dir, 'loupe.json'), stableStringify(manifest));
}

describe('OpenProject: one writer per project', () => {
  it('holds the lock while open and gives it back on close', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    expect(workbench.readOnly).toBeNull();
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await workbench.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('opens read-only when another program holds the lock: reads work, every edit is refused with read_only', async () => {
    const { dir, workbench: first } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await first.close();
    await heldByAnotherProgram(dir);
    const second = await createWorkbench(dir, {
      userFolder: join(dir, '..', 'user'),
      owner: 'the Loupe app',
    });
    expect(second.readOnly).toMatch(/^Read-only: .*loupe serve/);
    expect((await second.getProject({})).readOnly).toBe(second.readOnly);
    expect(await second.listDocuments({})).toHaveLength(1);
    const refused = await second
      .addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkbenchError);
    expect(refused).toMatchObject({ code: 'read_only' });
    await expect(second.undo({})).rejects.toMatchObject({ code: 'read_only' });
    expect(existsSync(join(dir, 'annotations', 'tester', 'a.json'))).toBe(false);
    await second.close();
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).nonce).toBe('elsewhere');
  });

  it.each(['EACCES', 'EROFS'] as const)(
    'opens a folder it cannot write (%s) read-only, saying why, and changes no file',
    async (code) => {
      const { dir, workbench: first } = await projectWith({ 'a.txt': 'Mike Pompeo' });
      await first.close();
      const before = snapshotFolder(dir);
      const readOnly = await makeReadOnly(dir, code);
      try {
        const second = await createWorkbench(dir, { userFolder: join(dir, '..', 'user') });
        expect(second.readOnly).toMatch(/^Read-only: Loupe cannot write in this project folder/);
        expect(await second.listDocuments({})).toHaveLength(1);
        await expect(
          second.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] }),
        ).rejects.toMatchObject({ code: 'read_only', message: second.readOnly });
        await second.close();
      } finally {
        await readOnly.restore();
      }
      expect(snapshotFolder(dir)).toEqual(before);
    },
  );

  it('rereads a manifest changed underneath before the next edit, so the pulled change is kept', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.getProject({});
    await pullNewLabel(dir, 'WEAPON');
    const result = await workbench.renameLabel({ from: 'PERSON', to: 'PER' });
    expect(result.projectChanged).toBe(true);
    const names = JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8')).schema.labels.map(
      (l: { name: string }) => l.name,
    );
    expect(names).toContain('WEAPON');
    expect(names).toContain('PER');
  });

  it('reports files changed by another program on syncWithDisk, and not its own writes', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    expect(await workbench.syncWithDisk({})).toEqual({ changed: [] });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 4 }],
    });
    await workbench.createEntity({ name: 'Mike Pompeo', type: 'PERSON' });
    expect(await workbench.syncWithDisk({})).toEqual({ changed: [] });
    await pullNewLabel(dir, 'WEAPON');
    const layer = JSON.parse(readFileSync(join(dir, 'annotations', 'tester', 'a.json'), 'utf8'));
    layer.spans = [];
    await atomicWrite(join(dir, 'annotations', 'tester', 'a.json'), stableStringify(layer));
    expect(await workbench.syncWithDisk({})).toEqual({
      changed: ['annotations/tester/a.json', 'loupe.json'],
    });
    expect((await workbench.getProject({})).schema.labels.map((l) => l.name)).toContain('WEAPON');
    expect((await workbench.openDocument({ documentId: 'a' })).layer.spans).toEqual([]);
    expect(await workbench.syncWithDisk({})).toEqual({ changed: [] });
  });
});
