import { publicMethodKind, type Invoke, type MethodKind } from '../../shared/contract';

/** Whether every edit sent so far has reached the disk (autosave: there is no Save command). */
export type SaveState = 'saved' | 'saving' | 'failed';

let pending = 0;
let lastFailed = false;
const listeners = new Set<(state: SaveState) => void>();

/** The current save state. */
export function saveState(): SaveState {
  if (pending > 0) return 'saving';
  return lastFailed ? 'failed' : 'saved';
}

/** Calls `listener` whenever the save state changes; returns the unsubscribe function. */
export function onDidChangeSaveState(listener: (state: SaveState) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function notify(): void {
  listeners.forEach((listener) => listener(saveState()));
}

/** True when a call of `method` writes the project (its kind in the contract says so). */
function writes(method: string): boolean {
  const kind = publicMethodKind(method);
  const writers: readonly MethodKind[] = ['edit', 'append'];
  return kind !== null && writers.includes(kind);
}

/** Wraps a transport so that every call that writes counts as saving until its answer arrives. */
export function trackSaves(invoke: Invoke): Invoke {
  return async (method, payload, context) => {
    if (!writes(method)) return invoke(method, payload, context);
    pending++;
    notify();
    const envelope = await invoke(method, payload, context);
    pending--;
    lastFailed = !envelope.ok;
    notify();
    return envelope;
  };
}
