import { describe, expect, it } from 'vitest';
import { failure, type Envelope, type Invoke } from '../../src/shared/contract';
import { onDidChangeSaveState, saveState, trackSaves } from '../../src/renderer/src/saveState';

/** A transport whose answers the test lets go one by one, and a fake clock of frames. */
function setup() {
  const answers: ((envelope: Envelope) => void)[] = [];
  const invoke: Invoke = () => new Promise<Envelope>((resolve) => answers.push(resolve));
  const frames: (() => void)[] = [];
  const tracked = trackSaves(invoke, (callback) => void frames.push(callback));
  const heard: string[] = [];
  const stop = onDidChangeSaveState((state) => heard.push(state));
  const frame = (): void => frames.splice(0).forEach((callback) => callback());
  return { answers, tracked, heard, stop, frame };
}

async function afterTasks(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('trackSaves', () => {
  it('says nothing of a write answered before the next frame: it is drawn saved with its change', async () => {
    const { answers, tracked, heard, stop, frame } = setup();
    const call = tracked('addSpan', {});
    await afterTasks();
    answers.shift()?.({ ok: true, result: null });
    await call;
    frame();
    expect(heard.filter((s) => s === 'saving')).toEqual([]);
    expect(saveState()).toBe('saved');
    stop();
  });

  it("says nothing of a write whose answer a frame's earlier callback takes (the socket's slot)", async () => {
    const frames: (() => void)[] = [];
    const ask = (callback: () => void): void => void frames.push(callback);
    // The transport looks for the answer at the next frame, as the edit socket reads its slot.
    const invoke: Invoke = () =>
      new Promise<Envelope>((resolve) => ask(() => resolve({ ok: true, result: null })));
    const tracked = trackSaves(invoke, ask);
    const heard: string[] = [];
    const stop = onDidChangeSaveState((state) => heard.push(state));
    const call = tracked('addSpan', {});
    // A frame: its callbacks in the order they were asked for, microtasks after each.
    for (const callback of frames.splice(0)) {
      callback();
      await afterTasks();
    }
    await call;
    expect(heard).toEqual(['saved']);
    stop();
  });

  it('shows a write still on its way at the next frame as saving, then saved', async () => {
    const { answers, tracked, heard, stop, frame } = setup();
    const call = tracked('deleteSpan', {});
    await afterTasks();
    frame();
    expect(saveState()).toBe('saving');
    answers.shift()?.({ ok: true, result: null });
    await call;
    expect(heard).toEqual(['saving', 'saved']);
    stop();
  });

  it('a refused sync or suggest run leaves the state as it was: no edit of the person was lost', async () => {
    const { answers, tracked, stop } = setup();
    for (const method of ['sync', 'suggest']) {
      const call = tracked(method, {});
      await afterTasks();
      answers.shift()?.(failure('invalid_request', 'this project has no remote yet'));
      await call;
      expect(saveState(), method).toBe('saved');
    }
    stop();
  });

  // The schema dialog keeps its edits on a refused save and says why; the header said "Not
  // saved" though the project was as it was.
  it('a refused schema save leaves the state as it was: the dialog keeps its edits', async () => {
    const { answers, tracked, stop } = setup();
    const call = tracked('updateSchema', {});
    await afterTasks();
    answers.shift()?.(failure('invalid_request', 'a schema needs at least one polarity'));
    await call;
    expect(saveState()).toBe('saved');
    stop();
  });

  // A refused import is all or nothing: nothing was written, and the Import dialog keeps the
  // files and shows why.
  it('a refused import leaves the state as it was', async () => {
    const { answers, tracked, stop } = setup();
    const call = tracked('importFiles', {});
    await afterTasks();
    answers.shift()?.(failure('invalid_request', 'a.ann: line 3: no T1 to attach the note to'));
    await call;
    expect(saveState()).toBe('saved');
    stop();
  });

  it('a failed write keeps saying not saved through a refused schema save', async () => {
    const { answers, tracked, stop } = setup();
    const edit = tracked('addSpan', {});
    await afterTasks();
    answers.shift()?.(failure('io', 'no space left on device'));
    await edit;
    const schema = tracked('updateSchema', {});
    await afterTasks();
    answers.shift()?.(failure('conflict', 'someone else changed the label schema'));
    await schema;
    expect(saveState()).toBe('failed');
    const next = tracked('addSpan', {});
    await afterTasks();
    answers.shift()?.({ ok: true, result: null });
    await next;
    expect(saveState()).toBe('saved');
    stop();
  });

  it('says not saved when the answer is an error, before or after the frame', async () => {
    const { answers, tracked, stop, frame } = setup();
    const call = tracked('undo', {});
    await afterTasks();
    answers.shift()?.(failure('io', 'no space left on device'));
    await call;
    expect(saveState()).toBe('failed');
    const next = tracked('addSpan', {});
    await afterTasks();
    frame();
    answers.shift()?.({ ok: true, result: null });
    await next;
    expect(saveState()).toBe('saved');
    stop();
  });

  it('leaves the state as it was when the person cancelled the write (a suggest run)', async () => {
    const { answers, tracked, stop, frame } = setup();
    const call = tracked('suggest', {});
    await afterTasks();
    frame();
    expect(saveState()).toBe('saving');
    answers.shift()?.(failure('cancelled', 'cancelled: nothing was written'));
    await call;
    expect(saveState()).toBe('saved');
    stop();
  });

  it('leaves reads alone', async () => {
    const { answers, tracked, heard, stop, frame } = setup();
    const call = tracked('listDocuments', {});
    await afterTasks();
    frame();
    answers.shift()?.({ ok: true, result: [] });
    await call;
    expect(heard).toEqual([]);
    stop();
  });
});
