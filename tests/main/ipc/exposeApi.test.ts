import { describe, expect, it } from 'vitest';
import { exposeApi, type IpcRegistrar } from '../../../src/main/ipc/exposeApi';
import { METHOD_NAMES, channels } from '../../../src/shared/contract';
import { projectWith } from '../../helpers/tempProject';

type Handler = (
  event: { senderFrame: { url: string; parent?: object | null } | null; sender?: { id: number } },
  payload: unknown,
) => Promise<unknown>;

/** A stand-in for Electron's ipcMain that records handlers. */
function fakeIpcMain(): IpcRegistrar & { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: ((channel: string, handler: Handler) =>
      handlers.set(channel, handler)) as unknown as IpcRegistrar['handle'],
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const TRUSTED = 'file:///app/out/renderer/index.html';

describe('exposeApi', () => {
  it('registers exactly one channel per contract method and removes them again', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'text' });
    const ipc = fakeIpcMain();
    const dispose = exposeApi(ipc, workbench, (url) => url === TRUSTED);
    expect([...ipc.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(channels).toHaveLength(METHOD_NAMES.length);
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers our renderer, validates payloads, and refuses other senders', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const ipc = fakeIpcMain();
    exposeApi(ipc, workbench, (url) => url === TRUSTED);
    const add = ipc.handlers.get('workbench:addSpan') as Handler;
    const ok = await add(
      { senderFrame: { url: TRUSTED } },
      { documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] },
    );
    expect(ok).toMatchObject({ ok: true, result: { changes: [{ spanCount: 1 }] } });
    const invalid = await add(
      { senderFrame: { url: TRUSTED } },
      { documentId: 'a', label: 'PERSON', fragments: 'all' },
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const foreign = await add(
      { senderFrame: { url: 'https://evil.example/' } },
      { documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] },
    );
    expect(foreign).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'untrusted sender' },
    });
    const missing = await add({ senderFrame: null }, {});
    expect(missing).toMatchObject({ ok: false });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.spans).toHaveLength(1);
  });

  it("routes each call to the sending window's workbench and refuses subframes", async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const ipc = fakeIpcMain();
    exposeApi(
      ipc,
      (event) => (event.sender.id === 1 ? workbench : undefined),
      (url) => url === TRUSTED,
    );
    const list = ipc.handlers.get('workbench:listDocuments') as Handler;
    expect(
      await list({ senderFrame: { url: TRUSTED, parent: null }, sender: { id: 1 } }, {}),
    ).toMatchObject({ ok: true, result: [{ id: 'a' }] });
    expect(
      await list({ senderFrame: { url: TRUSTED, parent: null }, sender: { id: 2 } }, {}),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'no project is open in this window' },
    });
    expect(
      await list({ senderFrame: { url: TRUSTED, parent: {} }, sender: { id: 1 } }, {}),
    ).toEqual({ ok: false, error: { code: 'invalid_request', message: 'untrusted sender' } });
  });
});
