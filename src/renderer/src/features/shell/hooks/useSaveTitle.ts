import { useEffect, useSyncExternalStore } from 'react';
import { onDidChangeSaveState, saveState, type SaveState } from '../../../saveState';

/** The longest "Saved" waits for the window to be idle (a busy or background window). */
const TITLE_DELAY_MS = 250;

/** Runs `write` once the window is idle (after the frame that shows the badge); returns the cancel. */
function whenIdle(write: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(write, 50);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(write, { timeout: TITLE_DELAY_MS });
  return () => cancelIdleCallback(idle);
}

const WORDS: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' };

/**
 * Keeps the window title (the desktop title bar, the browser tab) on the project and its save
 * state. "Saving…" and "Not saved" are written at once; "Saved" once the window is idle after
 * the frame that shows the badge saying it (setting the title costs the browser more than
 * redrawing the badge, and an edit's answer and the next key come first). A late "Saved" errs
 * on the safe side.
 */
export function useSaveTitle(projectName: string, readOnly: boolean): SaveState {
  const state = useSyncExternalStore(onDidChangeSaveState, saveState);
  useEffect(() => {
    const title = `${projectName} — ${readOnly ? 'Read-only' : WORDS[state]} — Loupe`;
    const write = (): void => {
      if (document.title !== title) document.title = title;
    };
    if (state !== 'saved') return write(); // at once: the title never says saved when it is not
    return whenIdle(write);
  }, [projectName, readOnly, state]);
  return state;
}
