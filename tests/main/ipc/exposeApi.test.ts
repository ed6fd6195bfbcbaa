import { describe, expect, it } from 'vitest';
import { exposeApi, type IpcRegistrar } from '../../../src/main/ipc/exposeApi';
import { INVOKE_CHANNEL } from '../../../src/shared/contract';
import { projectWith } from '../../helpers/tempProject';

type Handler = (
  event: { senderFrame: { url: string; parent?: object | null } | null; sender?: { id: number } },
  method: unknown,
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
  it('registers the one contract channel and removes it again', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'text' });
    const ipc = fakeIpcMain();
    const dispose = exposeApi(
      ipc,
      () => workbench.invoke,
      (url) => url === TRUSTED,
    );
    expect([...ipc.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers our renderer, validates payloads, and refuses other senders', async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const ipc = fakeIpcMain();
    exposeApi(
      ipc,
      () => workbench.invoke,
      (url) => url === TRUSTED,
    );
    const call = ipc.handlers.get(INVOKE_CHANNEL) as Handler;
    const span = { documentId: 'a', label: 'PERSON', fragments: [{ start: 0, end: 4 }] };
    const ok = await call({ senderFrame: { url: TRUSTED } }, 'addSpan', span);
    expect(ok).toMatchObject({ ok: true, result: { changes: [{ spanCount: 1 }] } });
    const invalid = await call({ senderFrame: { url: TRUSTED } }, 'addSpan', {
      ...span,
      fragments: 'all',
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const foreign = await call({ senderFrame: { url: 'https://evil.example/' } }, 'addSpan', span);
    expect(foreign).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'untrusted sender' },
    });
    const missing = await call({ senderFrame: null }, 'addSpan', {});
    expect(missing).toMatchObject({ ok: false });
    const local = await call({ senderFrame: { url: TRUSTED } }, 'importPaths', {
      paths: ['/etc'],
      format: 'txt',
    });
    expect(local).toMatchObject({ ok: false, error: { message: 'unknown method "importPaths"' } });
    expect((await workbench.openDocument({ documentId: 'a' })).layer.spans).toHaveLength(1);
  });

  it("routes each call to the sending window's workbench and refuses subframes", async () => {
    const { workbench } = await projectWith({ 'a.txt': 'Mike Pompeo' });
    const ipc = fakeIpcMain();
    exposeApi(
      ipc,
      (event) => (event.sender.id === 1 ? workbench.invoke : undefined),
      (url) => url === TRUSTED,
    );
    const call = ipc.handlers.get(INVOKE_CHANNEL) as Handler;
    const top = { url: TRUSTED, parent: null };
    expect(await call({ senderFrame: top, sender: { id: 1 } }, 'listDocuments', {})).toMatchObject({
      ok: true,
      result: [{ id: 'a' }],
    });
    expect(await call({ senderFrame: top, sender: { id: 2 } }, 'listDocuments', {})).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'no project is open in this window' },
    });
    expect(
      await call(
        { senderFrame: { url: TRUSTED, parent: {} }, sender: { id: 1 } },
        'listDocuments',
        {},
      ),
    ).toEqual({ ok: false, error: { code: 'invalid_request', message: 'untrusted sender' } });
  });
});
