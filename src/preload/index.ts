import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { INVOKE_CHANNEL } from '../shared/contract/channels';
import {
  isShellCommand,
  SHELL_COMMAND_CHANNEL,
  type ShellCommand,
} from '../shared/contract/shellCommands';

// The renderer sees one call function and one menu-command subscription; raw ipcRenderer never leaves this file.
// Calls answer envelopes ({ ok, result } or { ok: false, error: { code, message } }), never throw:
// contextBridge keeps only the message of a thrown error, so error codes travel as data.

/** Sends one contract call to main; main validates the method and payload. */
async function invoke(method: unknown, payload: unknown): Promise<unknown> {
  if (typeof method !== 'string')
    return { ok: false, error: { code: 'invalid_request', message: 'a method name is a string' } };
  try {
    return await ipcRenderer.invoke(INVOKE_CHANNEL, method, payload ?? {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}

/** Calls `listener` with each menu command main sends; returns the unsubscribe function. */
function onDidRunCommand(listener: (command: ShellCommand) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onDidRunCommand needs a function');
  const relay = (_event: IpcRendererEvent, command: unknown): void => {
    if (isShellCommand(command)) listener(command);
  };
  ipcRenderer.on(SHELL_COMMAND_CHANNEL, relay);
  return () => void ipcRenderer.removeListener(SHELL_COMMAND_CHANNEL, relay);
}

contextBridge.exposeInMainWorld('workbench', Object.freeze({ invoke }));
contextBridge.exposeInMainWorld('loupeShell', Object.freeze({ onDidRunCommand }));
