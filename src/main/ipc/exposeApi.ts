import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch, METHOD_NAMES, channelOf, WorkbenchError, type WorkbenchApi } from '../../shared/contract';

/** What crosses IPC: a result or a JSON-safe error (Electron drops custom error fields). */
export type IpcEnvelope = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

/** The part of ipcMain this needs, so tests can pass a fake. */
export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Registers one handler per contract method. Each checks that the sender is our own
 * renderer (by frame URL), validates the payload against the contract and returns an
 * envelope. Returns a function that removes the handlers.
 */
export function exposeApi(ipc: IpcRegistrar, api: WorkbenchApi, isTrustedUrl: (url: string) => boolean): () => void {
  for (const method of METHOD_NAMES) {
    ipc.handle(channelOf(method), async (event: IpcMainInvokeEvent, payload: unknown): Promise<IpcEnvelope> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return { ok: false, error: { code: 'invalid_request', message: 'untrusted sender' } };
      try {
        return { ok: true, result: await dispatch(api, method, payload) };
      } catch (error) {
        const e = error instanceof WorkbenchError ? error : new WorkbenchError('internal', String(error));
        return { ok: false, error: e.toJSON() };
      }
    });
  }
  return () => METHOD_NAMES.forEach((method) => ipc.removeHandler(channelOf(method)));
}
