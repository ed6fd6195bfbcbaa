import { useEffect, useSyncExternalStore } from 'react';
import { onDidChangeSaveState, saveState, type SaveState } from '../../../saveState';

const WORDS: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved' };

/** Keeps the window title (the desktop title bar, the browser tab) on the project and its save state. */
export function useSaveTitle(projectName: string, readOnly: boolean): SaveState {
  const state = useSyncExternalStore(onDidChangeSaveState, saveState);
  useEffect(() => {
    document.title = `${projectName} — ${readOnly ? 'Read-only' : WORDS[state]} — Loupe`;
  }, [projectName, readOnly, state]);
  return state;
}
