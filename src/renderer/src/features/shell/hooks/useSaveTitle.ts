import { useEffect, useSyncExternalStore } from 'react';
import { onDidChangeSaveState, saveState, type SaveState } from '../../../saveState';

/**
 * Long enough for the badge's frame to be painted first (a background tab's timers run later
 * anyway), and for quick edits in a row to write the title once: a title costs the browser
 * some 3–5 ms (measured in headless Chromium), more than the badge. Writing it as soon as the
 * window was idle wrote it after every edit and cost more.
 */
const TITLE_DELAY_MS = 50;

/**
 * A save shorter than this never shows in the title (the badge in the window says "Saving…"
 * from the next frame): most saves are answered within the key's own task or a few frames, and
 * two title writes per edit ("Saving…", then "Saved") cost more than the edit. One that takes
 * longer is in the title until it is answered.
 */
const SLOW_SAVE_MS = 300;

const WORDS: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' };

/**
 * Keeps the window title (the desktop title bar, the browser tab) on the project and its save
 * state. "Not saved" is written at once; "Saving…" once a save took {@link SLOW_SAVE_MS}; "Saved"
 * after the frame that shows the badge saying it (setting the title costs the browser more
 * than redrawing the badge).
 */
export function useSaveTitle(projectName: string, readOnly: boolean): SaveState {
  const state = useSyncExternalStore(onDidChangeSaveState, saveState);
  useEffect(() => {
    const title = `${projectName} — ${readOnly ? 'Read-only' : WORDS[state]} — Loupe`;
    const write = (): void => {
      if (document.title !== title) document.title = title;
    };
    if (state === 'failed') return write(); // at once: a failed save is never hidden
    const timer = setTimeout(write, state === 'saving' ? SLOW_SAVE_MS : TITLE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [projectName, readOnly, state]);
  return state;
}
