import { onDidChangeSaveState, writesUnanswered } from './saveState';

/** The longest `run` waits for the writes on their way before it runs anyway. */
const LONGEST_WAIT_MS = 200;

/** What runs once the next frame is painted, in one task (see {@link afterNextPaint}). */
let painted: { run: () => void }[] = [];
let paintAsked = false;

/**
 * Runs `run` once the next frame is painted (a timer set in a frame's animation callbacks runs
 * after that frame's paint), in one task with every other run asked for before that frame, so
 * that their React updates make one commit. Returns how to call it off.
 */
function afterNextPaint(run: () => void): () => void {
  const entry = { run };
  painted.push(entry);
  if (!paintAsked) {
    paintAsked = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        paintAsked = false;
        const due = painted;
        painted = [];
        for (const each of due) each.run();
      }),
    );
  }
  return () => void (painted = painted.filter((each) => each !== entry));
}

/**
 * Runs `run` once the edits on their way are painted and saved: after the frame that paints the
 * answer of every write on its way (after the next frame when none is), and after
 * {@link LONGEST_WAIT_MS} at most. Returns how to call it off.
 * @example const cancel = afterEditPainted(() => setInspected(span))
 */
export function afterEditPainted(run: () => void): () => void {
  let cancel = (): void => undefined;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    stop();
    clearTimeout(longest);
    cancel = afterNextPaint(run);
  };
  const stop = onDidChangeSaveState(() => {
    if (!writesUnanswered()) start();
  });
  const longest = setTimeout(start, LONGEST_WAIT_MS);
  if (!writesUnanswered()) start();
  return () => {
    stop();
    clearTimeout(longest);
    cancel();
  };
}
