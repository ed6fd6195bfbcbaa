import { describe, expect, it } from 'vitest';
import { AnswerSlot } from '../../src/renderer/src/answerSlot';
import {
  EDIT_ANSWER_WAIT_MS,
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

  it('takes an edit answer handed over while it waits, settled before the task of its key ends', async () => {
    const { socket, sent } = fakeSocket();
    socket.readyState = 1;
    const waits: [number, number][] = [];
    socket.answerWithin = (id, ms) => {
      waits.push([id, ms]);
      return JSON.stringify({ id, envelope: { ok: true, result: 'saved' } });
    };
    const edits = new EditSocket(socket);
    let settled: unknown = null;
    void edits.call('addSpan', {}, true)?.then((envelope) => (settled = envelope));
    await Promise.resolve(); // one microtask: still the key's task, before any frame
    expect(settled).toEqual({ ok: true, result: 'saved' });
    expect(waits).toEqual([[1, EDIT_ANSWER_WAIT_MS]]);
    expect(sent).toHaveLength(1);
  });

  it('waits only for edits, and takes the answer by message when none was handed over in time', async () => {
    const { socket, answer } = fakeSocket();
    socket.readyState = 1;
    const waited: number[] = [];
    socket.answerWithin = (id) => (waited.push(id), null);
    const edits = new EditSocket(socket);
    const edit = edits.call('deleteSpan', {}, true);
    const read = edits.call('listDocuments', {});
    expect(waited).toEqual([1]);
    answer({ id: 1, envelope: { ok: true, result: 'late' } });
    answer({ id: 2, envelope: { ok: true, result: [] } });
    expect(await edit).toEqual({ ok: true, result: 'late' });
    expect(await read).toEqual({ ok: true, result: [] });
  });

  it('does not wait for an edit while an earlier call is unanswered: answers keep their order', async () => {
    const { socket, answer } = fakeSocket();
    socket.readyState = 1;
    const waited: number[] = [];
    socket.answerWithin = (id) => (
      waited.push(id),
      JSON.stringify({ id, envelope: { ok: true, result: id } })
    );
    const edits = new EditSocket(socket);
    const order: number[] = [];
    const first = edits.call('addSpan', {}); // sent before: its answer comes by message
    const second = edits.call('undo', {}, true);
    void first?.then(() => order.push(1));
    void second?.then(() => order.push(2));
    expect(waited).toEqual([]);
    answer({ id: 1, envelope: { ok: true, result: 1 } });
    answer({ id: 2, envelope: { ok: true, result: 2 } });
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
  });

  it('does not hold the page for an answer while the worker finds the host answering late', () => {
    const posted: unknown[] = [];
    const worker = { postMessage: (m: unknown) => posted.push(m), terminate: () => undefined };
    const socket = new WorkerSocket(worker as unknown as Worker, 'ws://127.0.0.1/api-socket');
    const { memory } = posted[0] as { memory: SharedArrayBuffer };
    const workerSide = new AnswerSlot(memory);
    for (const ms of [35, 50, 41]) workerSide.noteRoundTrip(ms, EDIT_ANSWER_WAIT_MS);
    const started = performance.now();
    expect(socket.answerWithin(1, 5_000)).toBeNull(); // a wait would have held the thread 5 s
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
