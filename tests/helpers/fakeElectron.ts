/**
 * Stand-ins for Electron's process boundaries that copy values the way Electron documents,
 * so a test sees what the real renderer would see:
 * - contextBridge (docs/api/context-bridge.md, "Parameter / Error / Return Type support"):
 *   primitives pass; objects and arrays are copied key by key and lose their prototype (a
 *   class instance arrives as a plain object, a getter's value is read once); functions are
 *   proxied, their arguments and results copied again; promises settle with copied values;
 *   an error is re-created from its message only, so custom properties such as `code` are
 *   lost (electron/electron#28346); cloneable types (Map, Set, Date) are structured-cloned;
 *   symbols are dropped.
 * - ipcRenderer.invoke / ipcMain.handle (docs/api/ipc-renderer.md): arguments and results
 *   are structured-cloned; a handler's thrown error reaches the renderer as a new Error
 *   whose message is "Error invoking remote method '<channel>': <error>" and nothing else.
 */

type Fn = (...args: unknown[]) => unknown;

/** One value carried from one world to the other across the context bridge. */
export function copyAcrossBridge(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' && typeof value !== 'function') return value;
  if (typeof value === 'function') {
    const fn = value as Fn;
    return (...args: unknown[]) => crossCall(fn, args);
  }
  if (value instanceof Error) return new Error(value.message);
  if (value instanceof Promise)
    return value.then(copyAcrossBridge, (e: unknown) => Promise.reject(copyAcrossBridge(e)));
  if (value instanceof Map || value instanceof Set || value instanceof Date)
    return structuredClone(value);
  if (Array.isArray(value)) return value.map(copyAcrossBridge);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    copy[key] = copyAcrossBridge((value as Record<string, unknown>)[key]);
  return copy;
}

function crossCall(fn: Fn, args: unknown[]): unknown {
  try {
    return copyAcrossBridge(fn(...args.map(copyAcrossBridge)));
  } catch (error) {
    throw copyAcrossBridge(error);
  }
}

/** A contextBridge whose `exposeInMainWorld` copies the API into `mainWorld`. */
export function fakeContextBridge(): {
  readonly mainWorld: Record<string, unknown>;
  exposeInMainWorld(key: string, api: unknown): void;
} {
  const mainWorld: Record<string, unknown> = {};
  return {
    mainWorld,
    exposeInMainWorld(key, api) {
      mainWorld[key] = copyAcrossBridge(api);
    },
  };
}

type Handler<E> = (event: E, ...args: unknown[]) => unknown;

/** ipcMain and ipcRenderer joined by structured cloning; `event` is what each call's handler sees. */
export function fakeIpc<E>(event: E): {
  readonly ipcMain: {
    handle(channel: string, handler: Handler<E>): void;
    removeHandler(channel: string): void;
  };
  readonly ipcRenderer: { invoke(channel: string, ...args: unknown[]): Promise<unknown> };
  readonly handlers: Map<string, Handler<E>>;
} {
  const handlers = new Map<string, Handler<E>>();
  return {
    handlers,
    ipcMain: {
      handle: (channel, handler) => void handlers.set(channel, handler),
      removeHandler: (channel) => void handlers.delete(channel),
    },
    ipcRenderer: {
      async invoke(channel, ...args) {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`Error invoking remote method '${channel}': no handler`);
        try {
          return structuredClone(await handler(event, ...structuredClone(args)));
        } catch (error) {
          throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
        }
      },
    },
  };
}
