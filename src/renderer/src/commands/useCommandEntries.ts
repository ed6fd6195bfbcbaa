import { useModel, useStore } from '../model';
import type { CommandEntry } from './commandRegistry';
import { useCommandRegistry } from './CommandsContext';

/** Every command with its keys and whether it can run now; renders again when either may change. */
export function useCommandEntries(): CommandEntry[] {
  const model = useModel();
  useStore(model.keybindings);
  useStore(model.project);
  useStore(model.document);
  useStore(model.selection);
  useStore(model.view);
  useStore(model.review);
  return useCommandRegistry().entries();
}
