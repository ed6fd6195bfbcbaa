import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useModel } from '../model';
import type { CommandEntry } from './commandRegistry';
import { useCommandRegistry } from './CommandsContext';

/** What a component shows of the entries: each command's keys and whether it can run. */
function entriesKey(entries: readonly CommandEntry[]): string {
  return entries.map((e) => `${e.enabled ? 1 : 0}${e.keys.join(' ')}`).join('\n');
}

/**
 * Every command with its keys and whether it can run now. The same array until a key or
 * whether a command can run changes: an edit's answer (a span's saved id, a new history)
 * does not render the header, its menus and the key hints again.
 */
export function useCommandEntries(): CommandEntry[] {
  const model = useModel();
  const registry = useCommandRegistry();
  const last = useRef<{ key: string; entries: CommandEntry[] } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      const stores = [
        model.keybindings,
        model.project,
        model.document,
        model.selection,
        model.view,
        model.review,
      ];
      const stops = stores.map((store) => store.onDidChange(listener));
      return () => stops.forEach((stop) => stop());
    },
    [model],
  );
  const read = useCallback(() => {
    const entries = registry.entries();
    const key = entriesKey(entries);
    if (last.current?.key !== key) last.current = { key, entries };
    return last.current.entries;
  }, [registry]);
  return useSyncExternalStore(subscribe, read);
}
