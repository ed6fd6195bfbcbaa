/** Asks for `callback` before the next frame is painted (requestAnimationFrame in a window). */
export type FrameScheduler = (callback: () => void) => void;

/**
 * Edits drawn in the frame their answer comes in. An edit's key sends its request at once and
 * leaves its drawing here: when the answer arrives before the next frame, the answer draws the
 * change and its saved state together (one DOM update, never "unsaved"); when the frame comes
 * first, the change is drawn in it, unsaved, as it would have been drawn from the key itself,
 * and its answer marks it saved. Drawings run in the order the edits were made.
 */
export class FrameDraws {
  private readonly waiting: (() => void)[] = [];
  private asked = false;

  /** `schedule` null: every drawing runs at once, in the task that asks for it (tests, no window). */
  constructor(private readonly schedule: FrameScheduler | null) {
    if (schedule) everyQueue.add(this);
  }

  /** Draws `draw` before the next frame, or earlier when {@link flush} is called first. */
  defer(draw: () => void): void {
    if (!this.schedule) return draw();
    this.waiting.push(draw);
    if (this.asked) return;
    this.asked = true;
    this.schedule(() => {
      this.asked = false;
      this.flush();
    });
  }

  /** Runs every drawing still waiting, oldest first (an answer arrived, or a new edit needs them drawn). */
  flush(): void {
    while (this.waiting.length > 0) this.waiting.shift()?.();
  }

  /** Whether a drawing is waiting for its frame. */
  get pending(): boolean {
    return this.waiting.length > 0;
  }
}

const everyQueue = new Set<FrameDraws>();

/** Draws every edit still waiting: a key or a click acts on what the user has already asked for. */
export function drawWaitingEdits(): void {
  for (const queue of everyQueue) queue.flush();
}

/** The window's frames: drawings wait for the next animation frame. */
export function windowFrames(): FrameScheduler {
  return (callback) => void requestAnimationFrame(() => callback());
}

/** The window's idle time (soon after a frame is painted): work an edit need not wait for. */
export function windowIdle(): (run: () => void) => void {
  return (run) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 200 });
    else setTimeout(run, 0);
  };
}
