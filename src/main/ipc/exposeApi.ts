import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  failure,
  INVOKE_CHANNEL,
  publicContract,
  restrictTo,
  type Envelope,
  type Invoke,
} from '../../shared/contract';

/** The part of ipcMain this needs, so tests can pass a fake. */
export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** What answers a window's calls: its workbench's invoker (or none while no project is open). */
export type InvokerFor = (event: IpcMainInvokeEvent) => Invoke | undefined;

/**
 * Registers the one contract channel. Each call checks that the sender is our own renderer's
 * top frame (by URL), then hands `(method, payload)` to the sending window's workbench,
 * restricted to the methods any client may call, and answers its envelope: errors cross IPC
 * as data, since Electron keeps only the message of a thrown error. Returns a function that
 * removes the handler.
 */
export function exposeApi(
  ipc: IpcRegistrar,
  invokerFor: InvokerFor,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  ipc.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, method: unknown, payload: unknown): Promise<Envelope> => {
      const frame = event.senderFrame;
      if (!frame || !isTrustedUrl(frame.url) || frame.parent)
        return failure('invalid_request', 'untrusted sender');
      const invoke = invokerFor(event);
      if (!invoke) return failure('invalid_request', 'no project is open in this window');
      return restrictTo(publicContract, invoke)(String(method), payload);
    },
  );
  return () => ipc.removeHandler(INVOKE_CHANNEL);
}
