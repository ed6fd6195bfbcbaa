import { describe, expect, it } from 'vitest';
import { EditSocket, type SocketLike } from '../../src/renderer/src/editSocket';
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
