import { useSyncExternalStore } from 'react';
import type { Store } from './store';

/**
 * One value read from a store's snapshot; the component renders again only when that value
 * changes (by identity), not on every change of the store. `select` must return a primitive
 * or a part of the snapshot, never a new object.
 * @example const documentId = useStoreValue(model.document, (s) => s.document?.id ?? null);
 */
export function useStoreValue<T, V>(store: Store<T>, select: (snapshot: T) => V): V {
  return useSyncExternalStore(store.onDidChange, () => select(store.snapshot));
}
