import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { useModel, type Model } from '../model';
import type { CommandEntry, CommandKeyEntry } from './commandRegistry';
import { useCommandRegistry } from './CommandsContext';

/** What a component shows of an entry: its keys and, when asked, whether it can run and why not. */
function entryKey(entry: CommandKeyEntry & Partial<CommandEntry>): string {
  const enabled = entry.enabled === undefined ? '' : entry.enabled ? 1 : 0;
  const taken = entry.taken.map((t) => `${t.chord}=${t.label}`).join(' ');
  return `${enabled}${entry.keys.join(' ')}\t${taken}${entry.unavailable ? `\t${entry.unavailable}` : ''}`;
}

/** The stores a command's `when` reads: a change of any of them may change what can run. */
function subscribeToWhen(model: Model): (listener: () => void) => () => void {
  return (listener) => {
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
  };
}

/** `read`'s value, the same object until what `key` says of it changes. */
function useKeyedSnapshot<T>(
  subscribe: (listener: () => void) => () => void,
  read: () => T,
  key: (value: T) => string,
): T {
  const last = useRef<{ key: string; value: T } | null>(null);
  const snapshot = useCallback(() => {
    const value = read();
    const next = key(value);
    if (last.current?.key !== next) last.current = { key: next, value };
    return last.current.value;
  }, [read, key]);
  return useSyncExternalStore(subscribe, snapshot);
}

function keyOfAll(entries: readonly (CommandKeyEntry & Partial<CommandEntry>)[]): string {
  return entries.map(entryKey).join('\n');
}

/**
 * Every command with its keys and whether it can run now. The same array until a key or
 * whether a command can run changes. Each change of a store runs every command's `when`:
 * components on screen at every edit take {@link useCommandEntry} or
 * {@link useCommandKeyEntries}, and lists that are not always shown mount this when opened.
 */
export function useCommandEntries(): CommandEntry[] {
  const model = useModel();
  const registry = useCommandRegistry();
  const subscribe = useMemo(() => subscribeToWhen(model), [model]);
  const read = useCallback(() => registry.entries(), [registry]);
  return useKeyedSnapshot(subscribe, read, keyOfAll);
}

/**
 * Every command with its keys, for lists that show keys only: renders again only when a key
 * changes (the user's, or a label's that takes one), never on an edit.
 */
export function useCommandKeyEntries(): CommandKeyEntry[] {
  const model = useModel();
  const registry = useCommandRegistry();
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = [model.keybindings, model.project].map((s) => s.onDidChange(listener));
      return () => stops.forEach((stop) => stop());
    },
    [model],
  );
  const read = useCallback(() => registry.keyEntries(), [registry]);
  return useKeyedSnapshot(subscribe, read, keyOfAll);
}

function keyOfOne(entry: CommandEntry | null): string {
  return entry ? entryKey(entry) : '';
}

/** One command's keys and whether it can run now; renders again only when those change. */
export function useCommandEntry(id: string): CommandEntry | null {
  const model = useModel();
  const registry = useCommandRegistry();
  const subscribe = useMemo(() => subscribeToWhen(model), [model]);
  const read = useCallback(() => registry.entry(id), [registry, id]);
  return useKeyedSnapshot(subscribe, read, keyOfOne);
}
