import { publicMethodKind, type Invoke, type MethodKind } from '../../shared/contract';

/** Whether every edit sent so far has reached the disk (autosave: there is no Save command). */
export type SaveState = 'saved' | 'saving' | 'failed';

/** Writes sent and not answered that the window shows as saving. */
let shown = 0;
let lastFailed = false;
const listeners = new Set<(state: SaveState) => void>();

/**
 * The current save state. A write shows as saving from the frame after it was sent: one
 * answered before that frame is drawn saved with its change, with no "Saving…" in between.
 */
export function saveState(): SaveState {
  if (shown > 0) return 'saving';
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

/** Asks for a callback before the next frame; absent (no window): at once. */
type Frame = (callback: () => void) => void;

function nextFrame(): Frame | null {
  const request = globalThis.requestAnimationFrame;
  return typeof request === 'function' ? (callback) => void request(() => callback()) : null;
}

/**
 * Wraps a transport so that every call that writes counts as saving until its answer arrives;
 * it shows as saving from the next frame on (at once without `frame`), so the answer's own
 * task can say "Saved" together with the change it drew.
 */
export function trackSaves(invoke: Invoke, frame: Frame | null = nextFrame()): Invoke {
  return async (method, payload, context) => {
    if (!writes(method)) return invoke(method, payload, context);
    const call = { answered: false, shown: false };
    const show = (): void => {
      if (call.answered) return;
      call.shown = true;
      shown++;
      notify();
    };
    if (frame) frame(show);
    else show();
    const envelope = await invoke(method, payload, context);
    call.answered = true;
    if (call.shown) shown--;
    lastFailed = !envelope.ok;
    notify();
    return envelope;
  };
}
