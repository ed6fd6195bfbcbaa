import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { fragmentOf } from '../../../src/shared/spans';
import { span } from '../../helpers/span';
import { editResult, entity, layerChange } from '../helpers/modelData';
import { startedModel } from '../helpers/testModel';

/** A promise resolved from outside: an answer that arrives when the test says so. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('DocumentStore', () => {
  it('opens a document with its layer and history', async () => {
    const { model } = await startedModel();
    const { document, spans, status } = model.document.snapshot;
    expect(document?.id).toBe('d1');
    expect(spans.map((s) => s.id)).toEqual(['s1']);
    expect(status).toBe('in_progress');
  });

  it('takes an edit result into the layer, the history and the document list: one change to draw, one for the answer', async () => {
    const { model } = await startedModel();
    let changes = 0;
    model.document.onDidChange(() => changes++);
    const before = model.document.snapshot;
    const result = await model.document.addSpan('ORG', [fragmentOf(16, 32)]);
    expect(result?.changes[0]?.upserted[0]?.label).toBe('ORG');
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1', 'n1']);
    expect(model.document.snapshot.unsaved.size).toBe(0);
    expect(model.document.snapshot.history.canUndo).toBe(true);
    expect(model.documents.snapshot.find((d) => d.id === 'd1')?.spanCount).toBe(2);
    expect(before.spans).toHaveLength(1); // snapshots are never mutated
    expect(changes).toBe(2);
  });

  it('draws an added span at once as unsaved, and the saved span replaces it on the answer', async () => {
    const { model, fake } = await startedModel();
    const answer = deferred();
    fake.answer('addSpan', async ({ documentId }) => {
      await answer.promise;
      return editResult([layerChange(documentId, { upserted: [span(16, 32, 'ORG', 'n7')] })]);
    });
    let drawnId = '';
    let savedId: string | null = '';
    const saved = model.document.addSpan('ORG', [fragmentOf(16, 32)], undefined, (id) => {
      drawnId = id;
      return (id) => (savedId = id);
    });
    const drawn = model.document.snapshot;
    expect(drawn.spans.map((s) => [s.id, s.label])).toEqual([
      ['s1', 'PERSON'],
      [drawnId, 'ORG'],
    ]);
    expect([...drawn.unsaved]).toEqual([drawnId]);
    answer.resolve();
    await saved;
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1', 'n7']);
    expect(model.document.snapshot.unsaved.size).toBe(0);
    expect(savedId).toBe('n7');
  });

  it('takes back a drawn span whose save failed and says nothing was saved', async () => {
    const { model, fake } = await startedModel();
    fake.answer('addSpan', () => {
      throw new WorkbenchError('io', 'no space left on device');
    });
    expect(await model.document.addSpan('ORG', [fragmentOf(16, 32)])).toBeNull();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect(model.document.snapshot.unsaved.size).toBe(0);
    expect(model.notifications.snapshot.message).toMatch(/^Nothing was saved/);
  });

  it('removes a deleted span at once and brings it back when the delete fails', async () => {
    const { model, fake } = await startedModel();
    const answer = deferred();
    fake.answer('deleteSpan', async () => {
      await answer.promise;
      throw new WorkbenchError('io', 'no space left on device');
    });
    const deleted = model.document.deleteSpan('s1');
    expect(model.document.snapshot.spans).toHaveLength(0);
    answer.resolve();
    expect(await deleted).toBeNull();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
  });

  it('keeps the drawn span list when a delete answers what the view already took away', async () => {
    const { model } = await startedModel();
    const deleted = model.document.deleteSpan('s1');
    const drawn = model.document.snapshot.spans;
    expect(drawn).toHaveLength(0);
    expect(await deleted).not.toBeNull();
    // The same array: what shows the spans does not render again for the answer.
    expect(model.document.snapshot.spans).toBe(drawn);
  });

  it('deletes a span drawn but not saved yet once its save answers, by its saved id', async () => {
    const { model, fake } = await startedModel();
    let drawnId = '';
    const saved = model.document.addSpan('ORG', [fragmentOf(16, 32)], undefined, (id) => {
      drawnId = id;
      return () => undefined;
    });
    await model.document.deleteSpan(drawnId);
    await saved;
    expect(fake.calls.find((c) => c.method === 'deleteSpan')?.payload).toMatchObject({
      spanId: 'n1',
    });
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
  });

  it('takes answers in the order the edits were made: a late relabel does not bring back a span deleted at once', async () => {
    const { model, fake } = await startedModel();
    let answerRelabel = (): void => undefined;
    fake.answer(
      'updateSpan',
      () =>
        new Promise((resolve) => {
          answerRelabel = () =>
            resolve(editResult([layerChange('d1', { upserted: [span(0, 11, 'ORG', 's1')] })]));
        }),
    );
    fake.answer('deleteSpan', () => editResult([layerChange('d1', { removed: ['s1'] })]));
    const relabel = model.document.updateSpan('s1', { label: 'ORG' });
    const remove = model.document.deleteSpan('s1');
    expect(model.document.snapshot.spans).toEqual([]); // the deletion is drawn at once
    await new Promise((resolve) => setTimeout(resolve, 10)); // the delete has its answer
    answerRelabel();
    await Promise.all([relabel, remove]);
    expect(model.document.snapshot.spans).toEqual([]);
  });

  it('reports a refused edit in the notifications store and answers null', async () => {
    const { model, fake } = await startedModel();
    fake.answer('deleteSpan', () => {
      throw new WorkbenchError('read_only', 'Read-only: another program writes this project');
    });
    expect(await model.document.deleteSpan('s1')).toBeNull();
    expect(model.notifications.snapshot.message).toBe(
      'Nothing was saved. Read-only: another program writes this project: close the other window or program that has the project, then open it here again.',
    );
    expect(model.document.snapshot.spans).toHaveLength(1);
  });

  it('opens the document an undo went back to, and rereads entities when they changed', async () => {
    const { model, fake } = await startedModel();
    fake.answer('undo', () =>
      editResult([layerChange('d2', { removed: ['x'] })], { entitiesChanged: true }),
    );
    fake.answer('listEntities', () => [entity('e1', 'Mike Pompeo')]);
    await model.document.undo();
    expect(model.document.snapshot.document?.id).toBe('d2');
    expect(model.entities.snapshot.entities.map((e) => e.name)).toEqual(['Mike Pompeo']);
  });

  it('names the label an undo changed back though the choice it undoes was still saving at the key', async () => {
    const { model, fake } = await startedModel();
    const labels = (value: string) => ({ documentLabels: { 'source type': value } });
    fake.answer('setDocumentLabel', () => editResult([layerChange('d1', labels('news agency'))]));
    await model.document.setDocumentLabel('source type', 'news agency');
    const answer = deferred();
    fake.answer('setDocumentLabel', async () => {
      await answer.promise;
      return editResult([layerChange('d1', labels('newspaper'))]);
    });
    fake.answer('undo', () => editResult([layerChange('d1', labels('news agency'))]));
    const chosen = model.document.setDocumentLabel('source type', 'newspaper');
    const undone = model.document.undo();
    answer.resolve();
    await Promise.all([chosen, undone]);
    expect(model.announcements.snapshot.last?.text).toBe(
      'Undid the last edit: source type now news agency',
    );
    expect(model.document.snapshot.documentLabels).toEqual({ 'source type': 'news agency' });
  });

  it('rereads the project and the document list (titles) when the project changed', async () => {
    const { model, fake } = await startedModel();
    fake.answer('setStatus', () => editResult([], { projectChanged: true }));
    const calls = fake.methods().length;
    await model.document.setStatus('done');
    expect(fake.methods().slice(calls).sort()).toEqual([
      'getProject',
      'listDocuments',
      'setStatus',
    ]);
  });

  it('forgets the selection of the document it leaves', async () => {
    const { model } = await startedModel([span(0, 4, 'PERSON', 's1')]);
    model.selection.select('s1');
    await model.document.open('d2');
    expect(model.selection.snapshot.selectedId).toBeNull();
  });

  it('draws the undo of a delete at once (the span back, unsaved) and takes the saved span from the answer', async () => {
    const { model, fake } = await startedModel();
    await model.document.deleteSpan('s1');
    const answer = deferred();
    fake.answer('undo', async () => {
      await answer.promise;
      return editResult([layerChange('d1', { upserted: [span(0, 11, 'PERSON', 's1')] })], {
        history: { canUndo: false, canRedo: true },
      });
    });
    const undone = model.document.undo();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect([...model.document.snapshot.unsaved]).toEqual(['s1']);
    // Drawn ahead of its answer, the undo can be redone at once (Ctrl+Shift+Z is not refused).
    expect(model.document.snapshot.history.canRedo).toBe(true);
    answer.resolve();
    await undone;
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect(model.document.snapshot.unsaved.size).toBe(0);
  });

  it('draws the undo of an add at once (the saved span goes) and brings it back when the undo fails', async () => {
    const { model, fake } = await startedModel();
    await model.document.addSpan('ORG', [fragmentOf(16, 32)]);
    fake.answer('undo', () => {
      throw new WorkbenchError('io', 'no space left on device');
    });
    const undone = model.document.undo();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect(await undone).toBeNull();
    expect(model.document.snapshot.spans.map((s) => s.id).sort()).toEqual(['n1', 's1']);
  });

  it('puts a span drawn as undone back when the undo reverted another step after all', async () => {
    const { model, fake } = await startedModel();
    await model.document.addSpan('ORG', [fragmentOf(16, 32)]);
    fake.answer('undo', () => editResult([layerChange('d1', { removed: [] })]));
    const undone = model.document.undo();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    await undone;
    expect(model.document.snapshot.spans.map((s) => s.id).sort()).toEqual(['n1', 's1']);
  });

  it('draws nothing ahead for an undo of a step it did not make, and takes back a drawing when there was nothing to undo', async () => {
    const { model, fake } = await startedModel();
    await model.document.setStatus('done'); // a step the view cannot draw
    fake.answer('undo', () => editResult([layerChange('d1', { status: 'in_progress' })]));
    const before = model.document.snapshot.spans;
    const undone = model.document.undo();
    expect(model.document.snapshot.spans).toBe(before);
    await undone;
    await model.document.deleteSpan('s1');
    fake.answer('undo', () => null);
    await model.document.undo();
    expect(model.document.snapshot.spans).toHaveLength(0);
    expect(model.document.snapshot.unsaved.size).toBe(0);
  });

  it('draws the redo of an add at once (the saved span back, unsaved) and of a delete (the span gone)', async () => {
    const { model, fake } = await startedModel();
    await model.document.addSpan('ORG', [fragmentOf(16, 32)]);
    const canRedo = { history: { canUndo: true, canRedo: true } };
    fake.answer('undo', () => editResult([layerChange('d1', { removed: ['n1'] })], canRedo));
    await model.document.undo();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    const answer = deferred();
    fake.answer('redo', async () => {
      await answer.promise;
      return editResult([layerChange('d1', { upserted: [span(16, 32, 'ORG', 'n1')] })]);
    });
    const redone = model.document.redo();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1', 'n1']);
    expect([...model.document.snapshot.unsaved]).toEqual(['n1']);
    answer.resolve();
    await redone;
    expect(model.document.snapshot.unsaved.size).toBe(0);

    await model.document.deleteSpan('s1');
    fake.answer('undo', () =>
      editResult([layerChange('d1', { upserted: [span(0, 11, 'PERSON', 's1')] })], canRedo),
    );
    await model.document.undo();
    fake.answer('redo', () => {
      throw new WorkbenchError('io', 'no space left on device');
    });
    const failed = model.document.redo();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['n1']);
    expect(await failed).toBeNull();
    expect(model.document.snapshot.spans.map((s) => s.id).sort()).toEqual(['n1', 's1']);
  });
});
