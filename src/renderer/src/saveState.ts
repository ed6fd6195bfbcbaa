import {
  publicMethodKind,
  refusalLeavesWorkUnchanged,
  type Invoke,
  type MethodKind,
} from '../../shared/contract';

/** Whether every edit sent so far has reached the disk (autosave: there is no Save command). */
export type SaveState = 'saved' | 'saving' | 'failed';

/** Writes sent and not answered that the window shows as saving. */
let shown = 0;
let lastFailed = false;
/** Writes sent and not answered yet, shown as saving or not. */
let unanswered = 0;
/** Answers whose frame (the one that draws them) is not painted yet. */
let unpainted = 0;
const listeners = new Set<(state: SaveState) => void>();
/** Counts of writes sent before {@link forgetSaves} no longer change the counts above. */
let generation = 0;

/**
 * The current save state. A write shows as saving from the frame after it was sent: one
 * answered before that frame is drawn saved with its change, with no "Saving…" in between.
 */
export function saveState(): SaveState {
  if (shown > 0) return 'saving';
  return lastFailed ? 'failed' : 'saved';
}

/** Whether a write is on its way: sent, its answer not in yet (listeners hear when it comes). */
export function writesUnanswered(): boolean {
  return unanswered > 0;
}

/** Whether an edit is between its key and the painted frame that draws its answer. */
export function editOnItsWay(): boolean {
  return unanswered > 0 || unpainted > 0;
}

/** Calls `listener` whenever the save state changes; returns the unsubscribe function. */
export function onDidChangeSaveState(listener: (state: SaveState) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Forgets every write counted so far, answered or not, as a window starting afresh does: each
 * test file of a worker that shares its modules starts so, not "saving" for a write an earlier
 * file left unanswered.
 */
export function forgetSaves(): void {
  generation++;
  shown = 0;
  lastFailed = false;
  unanswered = 0;
  unpainted = 0;
  notify();
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

/** Runs `run` once the next frame is painted (a timer set in its animation callbacks), or at once without frames. */
function afterPaint(frame: Frame | null, run: () => void): void {
  if (frame) frame(() => void setTimeout(run));
  else queueMicrotask(run);
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
    const counted = generation;
    const current = (): boolean => counted === generation;
    const show = (): void => {
      if (call.answered || !current()) return;
      call.shown = true;
      shown++;
      notify();
    };
    unanswered++;
    const answer = (async () => invoke(method, payload, context))(); // sent now, a throw rejects
    // Asked after the send: a frame's earlier callbacks may take the answer, which then draws
    // "Saved" with its change, and this one says nothing.
    if (frame) frame(show);
    else show();
    let envelope: Awaited<ReturnType<Invoke>>;
    try {
      envelope = await answer;
    } finally {
      if (current()) {
        unanswered--;
        afterPaint(frame, () => void (current() && unpainted--));
        unpainted++;
      }
    }
    call.answered = true;
    if (call.shown && current()) shown--;
    // A write the person cancelled (a suggest run) wrote nothing and left nothing unsaved, nor
    // did one whose refusal the contract says leaves their work as it was (a sync or suggest
    // run, the schema dialog's save: each says why itself and keeps what was asked).
    if (envelope.ok || (envelope.error.code !== 'cancelled' && !refusalLeavesWorkUnchanged(method)))
      lastFailed = !envelope.ok;
    notify();
    return envelope;
  };
}
