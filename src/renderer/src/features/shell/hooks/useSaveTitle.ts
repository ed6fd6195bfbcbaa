import { useEffect, useSyncExternalStore } from 'react';
import { onDidChangeSaveState, saveState, type SaveState } from '../../../saveState';

/** Long enough for the badge's frame to be painted first (a background tab's timers run later anyway). */
const TITLE_DELAY_MS = 50;

const WORDS: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' };

/**
 * Keeps the window title (the desktop title bar, the browser tab) on the project and its save
 * state. The title is written after the frame that shows the badge, and only its last value:
 * setting it costs the browser more than redrawing the badge, and a save that ends within the
 * frame never shows "Saving…" there (the badge in the window says it at once).
 */
export function useSaveTitle(projectName: string, readOnly: boolean): SaveState {
  const state = useSyncExternalStore(onDidChangeSaveState, saveState);
  useEffect(() => {
    const title = `${projectName} — ${readOnly ? 'Read-only' : WORDS[state]} — Loupe`;
    const timer = setTimeout(() => {
      if (document.title !== title) document.title = title;
    }, TITLE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [projectName, readOnly, state]);
  return state;
}
