import { onDidChangeSaveState, writesUnanswered } from './saveState';

/** The longest `run` waits for the writes on their way before it runs anyway. */
const LONGEST_WAIT_MS = 200;

/**
 * Runs `run` once the edits on their way are painted and saved: after the frame that paints the
 * answer of every write on its way (after the next frame when none is), and after
 * {@link LONGEST_WAIT_MS} at most. Returns how to call it off.
 * @example const cancel = afterEditPainted(() => setInspected(span))
 */
export function afterEditPainted(run: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    stop();
    clearTimeout(longest);
    // A timer set in a frame's animation callbacks runs once that frame is painted.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run);
    });
  };
  const stop = onDidChangeSaveState(() => {
    if (!writesUnanswered()) start();
  });
  const longest = setTimeout(start, LONGEST_WAIT_MS);
  if (!writesUnanswered()) start();
  return () => {
    stop();
    clearTimeout(longest);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
