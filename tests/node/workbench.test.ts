import { describe, expect, it } from 'vitest';
import { projectWith } from '../helpers/tempProject';

describe('createWorkbench', () => {
  it('adds, relabels, notes and deletes spans, each undoable and redoable', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo met Adel Abdul-Mahdi.' });
    const added = await workbench.addSpan({
      documentId: 'a',
      label: 'PERSON',
      fragments: [{ start: 0, end: 11 }],
    });
    const id = added.changes[0]!.upserted[0]!.id;
    expect(added).toMatchObject({
      changes: [{ spanCount: 1, status: 'in_progress' }],
      history: { canUndo: true, canRedo: false },
    });
    expect(added.changes[0]!.upserted[0]).toMatchObject({ author: 'tester', label: 'PERSON' });
    await workbench.updateSpan({ documentId: 'a', spanId: id, label: 'ORG', note: 'check' });
    await workbench.deleteSpan({ documentId: 'a', spanId: id });
    const layer = async () => (await workbench.openDocument({ documentId: 'a' })).layer;
    expect((await layer()).spans).toEqual([]);
    await workbench.undo({});
    expect((await layer()).spans[0]).toMatchObject({ label: 'ORG', note: 'check' });
    await workbench.undo({});
    expect((await layer()).spans[0]).toMatchObject({ label: 'PERSON' });
    expect((await layer()).spans[0]?.note).toBeUndefined();
    const undone = await workbench.undo({});
    expect(undone).toMatchObject({ changes: [{ removed: [id], status: 'todo', spanCount: 0 }] });
    expect(await workbench.undo({})).toBeNull();
    await workbench.redo({});
    expect((await layer()).spans).toHaveLength(1);
    const statusChange = await workbench.setStatus({ documentId: 'a', status: 'done' });
    expect(statusChange.history.canRedo).toBe(false);
    await workbench.undo({});
    expect((await layer()).status).toBe('in_progress');
  });

  it('refuses edits without an annotator, with unknown labels, or outside the text', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'short' }, null);
    await expect(
      workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 1 }] }),
    ).rejects.toMatchObject({ code: 'no_annotator' });
    await workbench.updateSettings({ annotator: 'tester' });
    await expect(
      workbench.addSpan({ documentId: 'a', label: 'NOPE', fragments: [{ start: 0, end: 1 }] }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(
      workbench.addSpan({ documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 6 }] }),
    ).rejects.toThrow(/outside the text/);
    await expect(workbench.openDocument({ documentId: 'zzz' })).rejects.toThrow(/no document/);
  });

  it('lists a title read from the text, or the one a user gave, undoably', async () => {
    const { workbench } = await projectWith({
      'a.txt': 'By A. Writer\n\nIraq asks the US to leave\nbody',
    });
    const title = async () => (await workbench.listDocuments({}))[0]?.title;
    expect(await title()).toBe('Iraq asks the US to leave');
    await workbench.setDocumentTitle({ documentId: 'a', title: '  Iraq  asks ' });
    expect(await title()).toBe('Iraq asks');
    await workbench.undo({});
    expect(await title()).toBe('Iraq asks the US to leave');
    await expect(
      workbench.setDocumentTitle({ documentId: 'zz', title: 'x' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it("lists documents with the annotator's counts and statuses", async () => {
    const { workbench } = await projectWith({ 'a.txt': 'one two', 'b.txt': 'three' });
    await workbench.addSpan({
      documentId: 'b',
      label: 'PERSON',
      fragments: [{ start: 0, end: 5 }],
    });
    expect(await workbench.listDocuments({})).toEqual([
      {
        id: 'a',
        name: 'a.txt',
        length: 7,
        spanCount: 0,
        status: 'todo',
        layers: [{ annotator: 'tester', status: 'todo', spanCount: 0, stanceCount: 0 }],
      },
      {
        id: 'b',
        name: 'b.txt',
        length: 5,
        spanCount: 1,
        status: 'in_progress',
        layers: [{ annotator: 'tester', status: 'in_progress', spanCount: 1, stanceCount: 0 }],
      },
    ]);
  });

  it('never loses an acknowledged edit when many are sent at once', async () => {
    const { dir, workbench } = await projectWith({ 'a.txt': 'x'.repeat(200) });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        workbench.addSpan({
          documentId: 'a',
          label: 'PERSON',
          fragments: [{ start: i, end: i + 1 }],
        }),
      ),
    );
    const { createWorkbench } = await import('../../src/node');
    const again = await createWorkbench(dir, { userFolder: `${dir}/../user` });
    expect((await again.openDocument({ documentId: 'a' })).layer.spans).toHaveLength(50);
  });
});
