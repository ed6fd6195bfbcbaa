import { describe, expect, it } from 'vitest';
import { createWorkbench } from '../../../src/node';
import { projectWith } from '../../helpers/tempProject';
import { join } from 'node:path';

describe('schema editing', () => {
  it('refuses a key collision with a clear message', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const { schema, styles } = await workbench.getProject({});
    await expect(
      workbench.updateSchema({
        schema,
        styles: { ...styles, ORG: { color: '#000000', key: '1' } },
      }),
    ).rejects.toThrow('key 1 is used by both ORG and PERSON');
  });

  it("renames a label in every annotator's spans in one undoable step", async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 4 }],
    });
    const other = await createWorkbench(dir, { userFolder: join(dir, '..', 'user2') });
    await other.updateSettings({ annotator: 'second' });
    await other.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 5, end: 11 }] });
    const result = await workbench.renameLabel({ from: 'PERSON', to: 'PER' });
    expect(result.projectChanged).toBe(true);
    const reopened = await createWorkbench(dir, { userFolder: join(dir, '..', 'user2') });
    expect((await reopened.openDocument({ documentId: 'a' })).layer.spans[0]!.label).toBe('PER');
    expect((await reopened.getProject({})).styles.PER?.key).toBe('1');
    await workbench.undo({});
    expect((await workbench.getProject({})).schema.labels[0]!.name).toBe('PERSON');
    expect((await workbench.openDocument({ documentId: 'a' })).layer.spans[0]!.label).toBe(
      'PERSON',
    );
  });

  it('asks before deleting a label in use, then deletes its spans', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 4 }],
    });
    await expect(workbench.deleteLabel({ name: 'PERSON' })).rejects.toMatchObject({
      code: 'needs_confirmation',
    });
    await workbench.deleteLabel({ name: 'PERSON', force: true });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.spans).toEqual([]);
    expect((await workbench.getProject({})).schema.labels.map((l) => l.name)).not.toContain(
      'PERSON',
    );
  });
});

describe('two clients saving the schema', () => {
  it('refuses the stale save with conflict, so neither new label is silently lost', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const first = await workbench.getProject({});
    const second = await workbench.getProject({});
    const withLabel = (info: typeof first, name: string) => ({
      schema: { ...info.schema, labels: [...info.schema.labels, { name }] },
      styles: info.styles,
      basedOn: info.schemaVersion,
    });
    await workbench.updateSchema(withLabel(first, 'WEAPON'));
    await expect(workbench.updateSchema(withLabel(second, 'VEHICLE'))).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('reload or merge'),
    });
    const now = await workbench.getProject({});
    expect(now.schema.labels.map((l) => l.name)).toContain('WEAPON');
    expect(now.schemaVersion).not.toBe(first.schemaVersion);
    await workbench.updateSchema(withLabel(now, 'VEHICLE'));
    const names = (await workbench.getProject({})).schema.labels.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['WEAPON', 'VEHICLE']));
    await workbench.close();
  });
});
