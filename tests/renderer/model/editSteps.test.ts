import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { EditSteps } from '../../../src/renderer/src/model/editSteps';
import { span } from '../../helpers/span';
import { fakeWorkbench } from '../helpers/fakeWorkbench';
import { editResult, layerChange } from '../helpers/modelData';

function tracked() {
  const fake = fakeWorkbench({
    setStatus: () => editResult([]),
    deleteSpan: () => editResult([]),
    undo: () => editResult([], { history: { canUndo: true, canRedo: true } }),
    redo: () => editResult([]),
    listDocuments: () => [],
  });
  const steps = new EditSteps();
  return { steps, fake, client: steps.track(fake.client) };
}

describe('EditSteps', () => {
  it('knows the step an undo reverts: the last tagged write, then the one before after an undo', async () => {
    const { steps, client } = tracked();
    const first = { documentId: 'd1', removed: span(0, 4, 'PERSON', 's1') };
    const second = { documentId: 'd1', removed: span(5, 9, 'PERSON', 's2') };
    steps.tagNext(first);
    await client.deleteSpan({ documentId: 'd1', spanId: 's1' });
    steps.tagNext(second);
    const pending = client.deleteSpan({ documentId: 'd1', spanId: 's2' });
    expect(steps.undoable).toBe(second); // known as soon as the write is sent
    await pending;
    await client.undo({});
    expect(steps.undoable).toBe(first);
    await client.redo({});
    expect(steps.undoable).toBe(second);
  });

  it('keeps the step an undo sent before an earlier write answered: that answer is out of date', async () => {
    const { steps, client } = tracked();
    const deleted = { documentId: 'd1', removed: span(0, 4, 'PERSON', 's1') };
    steps.tagNext(deleted);
    const deleting = client.deleteSpan({ documentId: 'd1', spanId: 's1' }); // "nothing to redo"
    const undoing = client.undo({});
    await Promise.all([deleting, undoing]);
    expect(steps.redoable).toBe(deleted);
  });

  it('counts an untagged write as a step it cannot draw, and a read as nothing', async () => {
    const { steps, client } = tracked();
    steps.tagNext({ documentId: 'd1', removed: span(0, 4, 'PERSON', 's1') });
    await client.deleteSpan({ documentId: 'd1', spanId: 's1' });
    await client.listDocuments({});
    expect(steps.undoable).not.toBeNull();
    await client.setStatus({ documentId: 'd1', status: 'done' });
    expect(steps.undoable).toBeNull();
  });

  it('forgets everything when a write fails, an undo finds nothing, or the history says it is empty', async () => {
    const { steps, client, fake } = tracked();
    const tag = () => steps.tagNext({ documentId: 'd1', removed: span(0, 4, 'PERSON', 's1') });
    fake.answer('deleteSpan', () => {
      throw new WorkbenchError('io', 'no space left on device');
    });
    tag();
    await expect(client.deleteSpan({ documentId: 'd1', spanId: 's1' })).rejects.toThrow();
    expect(steps.undoable).toBeNull();
    fake.answer('deleteSpan', () =>
      editResult([layerChange('d1', { removed: ['s1'] })], {
        history: { canUndo: false, canRedo: false },
      }),
    );
    tag();
    await client.deleteSpan({ documentId: 'd1', spanId: 's1' });
    expect(steps.undoable).toBeNull();
  });
});
