import { describe, expect, it } from 'vitest';
import { AnswerSlot } from '../../src/renderer/src/answerSlot';
import {
  ANSWER_FRAMES,
  EditSocket,
  WorkerSocket,
  type SocketLike,
} from '../../src/renderer/src/editSocket';
import type { SocketCall } from '../../src/shared/contract';

/** A socket the test opens, answers and closes. */
function fakeSocket() {
  const sent: SocketCall[] = [];
  const socket: SocketLike & { readyState: number } = {
    readyState: 0,
    send: (data) => void sent.push(JSON.parse(data) as SocketCall),
    onopen: null,
    onmessage: null,
    onclose: null,
  };
  const answer = (data: unknown): void =>
    socket.onmessage?.({ data: JSON.stringify(data) } as MessageEvent);
  return { socket, sent, answer };
}

describe('EditSocket', () => {
  it('answers null until open (the call goes over HTTP), then sends each call with its own id', () => {
    const { socket, sent } = fakeSocket();
    const edits = new EditSocket(socket);
    expect(edits.call('addSpan', {})).toBeNull();
    socket.readyState = 1;
    void edits.call('addSpan', { label: 'PERSON' });
    void edits.call('undo', {});
    expect(sent).toEqual([
      { id: 1, method: 'addSpan', payload: { label: 'PERSON' } },
      { id: 2, method: 'undo', payload: {} },
    ]);
  });

  it('resolves each call with the envelope answered under its id, in whatever order they come', async () => {
    const { socket, answer } = fakeSocket();
    socket.readyState = 1;
    const edits = new EditSocket(socket);
    const first = edits.call('addSpan', {});
    const second = edits.call('deleteSpan', {});
    answer({ id: 2, envelope: { ok: false, error: { code: 'not_found', message: 'no span s9' } } });
    answer({ id: 1, envelope: { ok: true, result: null } });
    expect(await first).toEqual({ ok: true, result: null });
    expect(await second).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers the calls on their way with an error when the host closes the socket', async () => {
    const { socket } = fakeSocket();
    socket.readyState = 1;
    const edits = new EditSocket(socket);
    const call = edits.call('addSpan', {});
    socket.readyState = 3;
    socket.onclose?.({} as CloseEvent);
    expect(await call).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(edits.call('addSpan', {})).toBeNull();
  });
});

/** A WorkerSocket on a fake worker and fake frames: the test plays the worker's side of the slot. */
function workerSocket() {
  const posted: unknown[] = [];
  const fake = { postMessage: (m: unknown) => posted.push(m), terminate: () => undefined };
  const worker = fake as unknown as Worker;
  const frames: (() => void)[] = [];
  const lates: (() => void)[] = [];
  const socket = new WorkerSocket(
    worker,
    'ws://127.0.0.1/api-socket',
    (callback) => frames.push(callback),
    (callback) => lates.push(callback),
  );
  const { memory } = posted[0] as { memory: SharedArrayBuffer };
  const slot = new AnswerSlot(memory);
  const heard: string[] = [];
  socket.onmessage = (event) => heard.push(String(event.data));
  const fromWorker = (data: unknown): void => worker.onmessage?.({ data } as MessageEvent);
  fromWorker({ kind: 'open' });
  const frame = (): void => frames.splice(0).forEach((callback) => callback());
  /** The same frame after its layout: the late looks asked for at its start. */
  const afterLayout = (): void => lates.splice(0).forEach((callback) => callback());
  const answer = (id: number): string => JSON.stringify({ id, envelope: { ok: true, result: id } });
  return { socket, slot, heard, frames, lates, frame, afterLayout, answer, fromWorker };
}

describe('WorkerSocket', () => {
  it("reads an answer the worker wrote at the next frame's start, and drops its message after", () => {
    const { socket, slot, heard, frame, answer, fromWorker } = workerSocket();
    socket.send(JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    expect(slot.offer(1, answer(1))).toBe(true);
    expect(heard).toEqual([]); // not in the key's task: the page is not held
    frame();
    expect(heard).toEqual([answer(1)]);
    fromWorker({ kind: 'answer', text: answer(1) });
    expect(heard).toEqual([answer(1)]);
  });

  it('looks again once the frame is laid out: an answer written meanwhile makes the same frame', () => {
    const { socket, slot, heard, lates, frame, afterLayout, answer, fromWorker } = workerSocket();
    socket.send(JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    frame(); // not written yet at the frame's start
    expect(heard).toEqual([]);
    expect(slot.offer(1, answer(1))).toBe(true); // written while the frame is drawn
    afterLayout();
    expect(heard).toEqual([answer(1)]);
    fromWorker({ kind: 'answer', text: answer(1) }); // its message, later: dropped
    expect(heard).toEqual([answer(1)]);
    frame();
    expect(lates).toEqual([]); // nothing unanswered: no late look asked
  });

  it('asks no late look when the answer was there at the frame start, nor takes a later call early', () => {
    const { socket, slot, heard, lates, frame, afterLayout, answer } = workerSocket();
    socket.send(JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    expect(slot.offer(1, answer(1))).toBe(true);
    frame();
    expect(heard).toEqual([answer(1)]);
    expect(lates).toEqual([]);
    socket.send(JSON.stringify({ id: 2, method: 'undo', payload: {} }));
    socket.send(JSON.stringify({ id: 3, method: 'undo', payload: {} }));
    frame();
    expect(slot.offer(3, answer(3))).toBe(false); // the slot waits for call 2's answer
    afterLayout();
    expect(heard).toEqual([answer(1)]);
  });

  it('takes answers in the order the calls went: the slot holds the oldest one unanswered', () => {
    const { socket, slot, heard, frame, answer, fromWorker } = workerSocket();
    socket.send(JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    socket.send(JSON.stringify({ id: 2, method: 'undo', payload: {} }));
    expect(slot.offer(2, answer(2))).toBe(false); // its message brings it
    frame();
    expect(heard).toEqual([]);
    expect(slot.offer(1, answer(1))).toBe(true);
    frame();
    expect(slot.offer(3, answer(3))).toBe(false);
    fromWorker({ kind: 'answer', text: answer(2) });
    fromWorker({ kind: 'answer', text: answer(1) });
    expect(heard).toEqual([answer(1), answer(2)]);
  });

  it('takes an answer by message when it comes before the frame, and looks for the next call then', () => {
    const { socket, slot, heard, frame, answer, fromWorker } = workerSocket();
    socket.send(JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    socket.send(JSON.stringify({ id: 2, method: 'deleteSpan', payload: {} }));
    fromWorker({ kind: 'answer', text: answer(1) });
    expect(slot.offer(2, answer(2))).toBe(true);
    frame();
    expect(heard).toEqual([answer(1), answer(2)]);
  });

  it(`looks for an answer ${ANSWER_FRAMES} frames after the latest call, then leaves it to its message`, () => {
    const { socket, heard, frames, frame, answer, fromWorker } = workerSocket();
    socket.send(JSON.stringify({ id: 1, method: 'addSpan', payload: {} }));
    let looked = 0;
    while (frames.length > 0) {
      frame();
      looked++;
    }
    expect(looked).toBe(ANSWER_FRAMES);
    fromWorker({ kind: 'answer', text: answer(1) });
    expect(heard).toEqual([answer(1)]);
    expect(frames).toEqual([]); // nothing left to look for: no frame asked
  });
});
