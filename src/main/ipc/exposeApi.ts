import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  dispatch,
  METHOD_NAMES,
  channelOf,
  WorkbenchError,
  type WorkbenchApi,
} from '../../shared/contract';

/** What crosses IPC: a result or a JSON-safe error (Electron drops custom error fields). */
export type IpcEnvelope =
  { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

/** The part of ipcMain this needs, so tests can pass a fake. */
export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The workbench a call is for: one for the whole app, or one per window (by the sender). */
export type WorkbenchFor = WorkbenchApi | ((event: IpcMainInvokeEvent) => WorkbenchApi | undefined);

const refused = (message: string): IpcEnvelope => ({
  ok: false,
  error: { code: 'invalid_request', message },
});

/**
 * Registers one handler per contract method. Each checks that the sender is our own
 * renderer's top frame (by URL), validates the payload against the contract and returns an
 * envelope. Returns a function that removes the handlers.
 */
export function exposeApi(
  ipc: IpcRegistrar,
  workbenchFor: WorkbenchFor,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  for (const method of METHOD_NAMES) {
    ipc.handle(
      channelOf(method),
      async (event: IpcMainInvokeEvent, payload: unknown): Promise<IpcEnvelope> => {
        const frame = event.senderFrame;
        if (!frame || !isTrustedUrl(frame.url) || frame.parent) return refused('untrusted sender');
        const api = typeof workbenchFor === 'function' ? workbenchFor(event) : workbenchFor;
        if (!api) return refused('no project is open in this window');
        try {
          return { ok: true, result: await dispatch(api, method, payload) };
        } catch (error) {
          const e =
            error instanceof WorkbenchError ? error : new WorkbenchError('internal', String(error));
          return { ok: false, error: e.toJSON() };
        }
      },
    );
  }
  return () => METHOD_NAMES.forEach((method) => ipc.removeHandler(channelOf(method)));
}
