import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, channelOf } from '../shared/contract/methodList';
import {
  isShellCommand,
  SHELL_COMMAND_CHANNEL,
  type ShellCommand,
} from '../shared/contract/shellCommands';

// The renderer sees only the contract's methods and one menu-command subscription; raw ipcRenderer never leaves this file.
type Envelope =
  { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

const workbench: Record<string, (request?: unknown) => Promise<unknown>> = {};
for (const method of METHOD_NAMES) {
  workbench[method] = async (request?: unknown) => {
    const envelope = (await ipcRenderer.invoke(channelOf(method), request ?? {})) as Envelope;
    if (envelope.ok) return envelope.result;
    const error = new Error(envelope.error.message) as Error & { code: string };
    error.code = envelope.error.code;
    throw error;
  };
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

contextBridge.exposeInMainWorld('workbench', Object.freeze(workbench));
contextBridge.exposeInMainWorld('loupeShell', Object.freeze({ onDidRunCommand }));
