import type { WorkbenchApi } from '../../shared/contract';
import { isEditMethod } from '../../shared/contract/methodAccess';
import { METHOD_NAMES } from '../../shared/contract/methodList';

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

function settle(failed: boolean): void {
  pending--;
  lastFailed = failed;
  listeners.forEach((listener) => listener(saveState()));
}

/** Wraps the API so that every edit call counts as saving until it settles. */
export function trackSaves(api: WorkbenchApi): WorkbenchApi {
  const tracked: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    const call = api[method] as (request: unknown) => Promise<unknown>;
    if (!isEditMethod(method)) {
      tracked[method] = call;
      continue;
    }
    tracked[method] = async (request) => {
      pending++;
      listeners.forEach((listener) => listener('saving'));
      try {
        const result = await call(request);
        settle(false);
        return result;
      } catch (error) {
        settle(true);
        throw error;
      }
    };
  }
  return tracked as WorkbenchApi;
}
