import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createWorkbench, type Workbench } from '../../../src/node';
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

describe('saving the schema dialog', () => {
  /** Spans of `tester` and `second` on "Mike Pompeo met Adel" (PERSON, PERSON, ORG). */
  async function twoAnnotators() {
    const { dir, workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Adel' });
    const add = (wb: typeof workbench, label: string, start: number, end: number) =>
      wb.addSpan({ documentId: 'a', label, fragments: [{ start, end }] });
    await add(workbench, 'PERSON', 0, 4);
    await add(workbench, 'ORG', 16, 20);
    const other = await createWorkbench(dir, { userFolder: join(dir, '..', 'user2') });
    await other.updateSettings({ annotator: 'second' });
    await add(other, 'PERSON', 5, 11);
    await other.close();
    return { dir, workbench };
  }
  const labelsOf = async (wb: { openDocument: Workbench['openDocument'] }) =>
    (await wb.openDocument({ documentId: 'a' })).layer.spans.map((s) => s.label).sort();

  it('deletes a label in use with its spans, renames two labels into each other and adds one, in one undoable step', async () => {
    const { dir, workbench } = await twoAnnotators();
    const before = await workbench.getProject({});
    const kept = before.schema.labels.filter((l) => l.name !== 'EVENT');
    const { EVENT: _event, ...styles } = before.styles;
    const result = await workbench.updateSchema({
      schema: {
        ...before.schema,
        labels: [...kept.filter((l) => l.name !== 'PERSON'), { name: 'LAW' }],
      },
      styles: Object.fromEntries(Object.entries(styles).filter(([name]) => name !== 'PERSON')),
      basedOn: before.schemaVersion,
      deleteWithSpans: ['PERSON'],
      renames: [
        { from: 'ORG', to: 'GPE' },
        { from: 'GPE', to: 'ORG' },
      ],
    });
    expect(result.history.canUndo).toBe(true);
    const after = await workbench.getProject({});
    const names = after.schema.labels.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['GPE', 'ORG', 'LAW']));
    expect(names).not.toContain('PERSON');
    expect(names).not.toContain('EVENT');
    expect(after.styles.GPE).toEqual(before.styles.ORG);
    expect(await labelsOf(workbench)).toEqual(['GPE']);
    const second = await createWorkbench(dir, { userFolder: join(dir, '..', 'user2') });
    expect(await labelsOf(second)).toEqual([]);
    await second.close();

    // One Ctrl+Z puts back everything the save did; nothing is left to undo of it.
    await workbench.undo({});
    const undone = await workbench.getProject({});
    expect(undone.schema).toEqual(before.schema);
    expect(undone.styles).toEqual(before.styles);
    expect(await labelsOf(workbench)).toEqual(['ORG', 'PERSON']);
    const again = await createWorkbench(dir, { userFolder: join(dir, '..', 'user2') });
    expect(await labelsOf(again)).toEqual(['PERSON']);
    expect((await workbench.undo({}))?.projectChanged).toBe(false); // the add of ORG, made before
    await again.close();
  });

  it('asks before deleting a label in use that the save does not name, and changes nothing', async () => {
    const { dir, workbench } = await twoAnnotators();
    const before = await workbench.getProject({});
    const manifest = readFileSync(join(dir, 'loupe.json'), 'utf8');
    await expect(
      workbench.updateSchema({
        schema: {
          ...before.schema,
          labels: before.schema.labels.filter((l) => l.name !== 'PERSON'),
        },
        styles: before.styles,
        basedOn: before.schemaVersion,
        renames: [{ from: 'ORG', to: 'INSTITUTION' }],
      }),
    ).rejects.toMatchObject({
      code: 'needs_confirmation',
      message: expect.stringContaining('PERSON is used by 2 span(s)'),
    });
    expect(readFileSync(join(dir, 'loupe.json'), 'utf8')).toBe(manifest);
    expect(await labelsOf(workbench)).toEqual(['ORG', 'PERSON']);
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
