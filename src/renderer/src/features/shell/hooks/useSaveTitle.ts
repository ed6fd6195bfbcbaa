import { useEffect, useSyncExternalStore } from 'react';
import { onDidChangeSaveState, saveState, type SaveState } from '../../../saveState';

/**
 * Long enough for the badge's frame to be painted first (a background tab's timers run later
 * anyway), and for quick edits in a row to write the title once: a title costs the browser
 * some 3 ms (measured in headless Chromium), more than the badge. Writing it as soon as the
 * window was idle wrote it after every edit and cost more.
 */
const TITLE_DELAY_MS = 50;

const WORDS: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' };

/**
 * Keeps the window title (the desktop title bar, the browser tab) on the project and its save
 * state. "Saving…" and "Not saved" are written at once; "Saved" after the frame that shows the
 * badge saying it (setting the title costs the browser more than redrawing the badge, and on
 * an edit's answer the frame comes first). A late "Saved" errs on the safe side.
 */
export function useSaveTitle(projectName: string, readOnly: boolean): SaveState {
  const state = useSyncExternalStore(onDidChangeSaveState, saveState);
  useEffect(() => {
    const title = `${projectName} — ${readOnly ? 'Read-only' : WORDS[state]} — Loupe`;
    const write = (): void => {
      if (document.title !== title) document.title = title;
    };
    if (state !== 'saved') return write(); // at once: the title never says saved when it is not
    const timer = setTimeout(write, TITLE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [projectName, readOnly, state]);
  return state;
}
