import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, channelOf } from '../shared/contract/methodList';

// The renderer sees only the contract's methods; raw ipcRenderer never leaves this file.
type Envelope = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

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

contextBridge.exposeInMainWorld('workbench', Object.freeze(workbench));
