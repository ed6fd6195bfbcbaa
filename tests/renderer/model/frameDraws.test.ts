import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../src/shared/contract';
import { fragmentOf } from '../../../src/shared/spans';
import { FrameDraws } from '../../../src/renderer/src/model/frameDraws';
import { span } from '../../helpers/span';
import { editResult, entity, layerChange } from '../helpers/modelData';
import { startedModel } from '../helpers/testModel';

const rect = { x: 0, y: 0, width: 10, height: 10 } as DOMRect;

/** A fake clock of frames: callbacks wait until the test says the next frame came. */
function fakeFrames() {
  const waiting: (() => void)[] = [];
  const frames = new FrameDraws((callback) => void waiting.push(callback));
  const frame = (): void => waiting.splice(0).forEach((callback) => callback());
  return { frames, frame, waiting };
}

/** An answer held until the test lets it go. */
function held<T>(value: () => T) {
  let release = (): void => undefined;
  const answer = () =>
    new Promise<T>((resolve, reject) => {
      release = () => {
        try {
          resolve(value());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
    });
  return { answer, release: () => release() };
}

async function afterTasks(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('FrameDraws', () => {
  it('runs drawings in the order they were asked for, once, at the frame or at a flush', () => {
    const { frames, frame, waiting } = fakeFrames();
    const order: string[] = [];
    frames.defer(() => order.push('a'));
    frames.defer(() => order.push('b'));
    expect(waiting).toHaveLength(1); // one frame asked for both
    frames.flush();
    frame();
    expect(order).toEqual(['a', 'b']);
    expect(frames.pending).toBe(false);
  });

  it('draws at once without a window', () => {
    const order: string[] = [];
    new FrameDraws(null).defer(() => order.push('a'));
    expect(order).toEqual(['a']);
  });
});

describe('an edit drawn in the frame of its answer', () => {
  it('answered before the frame: the saved span appears with its answer, never as unsaved', async () => {
    const { frames, frame } = fakeFrames();
    const { model } = await startedModel(undefined, undefined, frames);
    const seen: string[][] = [];
    model.document.onDidChange(() => seen.push([...model.document.snapshot.unsaved]));
    model.selection.selectRange(fragmentOf(16, 32), rect);
    model.annotation.label('ORG');
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']); // nothing drawn yet
    await afterTasks(); // the answer comes before the frame
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1', 'n1']);
    expect(model.document.snapshot.unsaved.size).toBe(0);
    expect(model.selection.snapshot).toMatchObject({ selectedId: 'n1', pending: null });
    const changes = seen.length;
    frame();
    expect(seen).toHaveLength(changes); // the frame has nothing left to draw
  });

  it('answered after the frame: drawn unsaved in that frame, saved when the answer comes', async () => {
    const { frames, frame } = fakeFrames();
    const add = held(() =>
      editResult([layerChange('d1', { upserted: [span(16, 32, 'ORG', 'n7')] })]),
    );
    const { model } = await startedModel(undefined, { addSpan: add.answer }, frames);
    model.selection.selectRange(fragmentOf(16, 32), rect);
    model.annotation.label('ORG');
    await afterTasks();
    expect(model.document.snapshot.spans).toHaveLength(1);
    frame();
    const drawn = model.document.snapshot;
    expect(drawn.spans.map((s) => s.label)).toEqual(['PERSON', 'ORG']);
    expect(drawn.unsaved.size).toBe(1);
    expect(model.selection.snapshot.selectedId).toBe([...drawn.unsaved][0]);
    add.release();
    await afterTasks();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1', 'n7']);
    expect(model.document.snapshot.unsaved.size).toBe(0);
    expect(model.selection.snapshot.selectedId).toBe('n7');
  });

  it('refused before the frame: nothing is drawn, the error is shown', async () => {
    const { frames, frame } = fakeFrames();
    const { model } = await startedModel(
      undefined,
      {
        deleteSpan: () => {
          throw new WorkbenchError('io', 'no space left on device');
        },
      },
      frames,
    );
    model.selection.select('s1');
    model.annotation.deleteSelected();
    await afterTasks();
    frame();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect(model.selection.snapshot.selectedId).toBeNull(); // as when the delete was drawn at once
    expect(model.notifications.snapshot.message).toMatch(/^Nothing was saved/);
  });

  it('refused after the frame: the drawn delete is taken back, the error is shown', async () => {
    const { frames, frame } = fakeFrames();
    const refusal = held((): never => {
      throw new WorkbenchError('io', 'no space left on device');
    });
    const { model } = await startedModel(undefined, { deleteSpan: refusal.answer }, frames);
    const deleted = model.document.deleteSpan('s1');
    frame();
    expect(model.document.snapshot.spans).toHaveLength(0);
    refusal.release();
    expect(await deleted).toBeNull();
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect(model.notifications.snapshot.message).toMatch(/^Nothing was saved/);
  });

  it('undoes a delete drawn in the frame of its answer, and keeps a slow undo drawn at its frame', async () => {
    const { frames, frame } = fakeFrames();
    const { model, fake } = await startedModel(undefined, undefined, frames);
    await model.document.deleteSpan('s1');
    expect(model.document.snapshot.spans).toHaveLength(0);
    const undo = held(() =>
      editResult([layerChange('d1', { upserted: [span(0, 11, 'PERSON', 's1')] })]),
    );
    fake.answer('undo', undo.answer);
    const undone = model.document.undo();
    expect(model.document.snapshot.spans).toHaveLength(0);
    frame(); // the answer is slower than the frame: the span comes back unsaved
    expect(model.document.snapshot.spans.map((s) => s.id)).toEqual(['s1']);
    expect([...model.document.snapshot.unsaved]).toEqual(['s1']);
    undo.release();
    await undone;
    expect(model.document.snapshot.unsaved.size).toBe(0);
  });

  it('draws an edit still waiting for its frame before the next edit reads the view', async () => {
    const { frames } = fakeFrames();
    const add = held(() =>
      editResult([layerChange('d1', { upserted: [span(16, 32, 'ORG', 'n7')] })]),
    );
    const { model, fake } = await startedModel(undefined, { addSpan: add.answer }, frames);
    model.selection.selectRange(fragmentOf(16, 32), rect);
    model.annotation.label('ORG'); // no frame yet…
    expect(model.annotation.labelKey('2')).toBe(true); // …a second key relabels the new span
    add.release();
    await afterTasks();
    expect(fake.methods().filter((m) => m === 'addSpan')).toHaveLength(1);
    expect(fake.calls.find((c) => c.method === 'updateSpan')?.payload).toMatchObject({
      spanId: 'n7',
    });
  });

  it('leaves the known-name suggestions to idle time: the edit is drawn without searching the text', async () => {
    const idle: (() => void)[] = [];
    const { model } = await startedModel(
      [],
      { listEntities: () => [entity('e1', 'Adel Abdul-Mahdi')] },
      undefined,
      (run) => void idle.push(run),
    );
    idle.splice(0).forEach((run) => run());
    expect(model.suggestions.snapshot.list.map((s) => s.text)).toEqual(['Adel Abdul-Mahdi']);
    await model.document.addSpan('PERSON', [fragmentOf(16, 32)]);
    expect(model.suggestions.snapshot.list).toHaveLength(1); // not searched yet
    expect(idle).toHaveLength(1); // one search asked for, however many changes
    idle.splice(0).forEach((run) => run());
    expect(model.suggestions.snapshot.list).toEqual([]);
  });
});
