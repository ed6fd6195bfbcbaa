import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/** The store's snapshot; the component renders again when it changes. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.onDidChange, () => store.snapshot);
}
