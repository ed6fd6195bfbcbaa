import { useState, useSyncExternalStore } from 'react';
import { afterEditPainted } from '../afterEditPainted';
import { editOnItsWay } from '../saveState';
import type { Store } from './store';

/**
 * The store's snapshot, except that a change that comes with an edit (between its key and the
 * painted frame of its answer) shows once that edit is painted and saved (see
 * `afterEditPainted`): the component does not render in the edit's own frames. Rendered while
 * not listening (first, or a hidden `Activity` shown again), it reads the snapshot of the moment.
 * For side panels that follow the layer but are not what an edit shows first.
 * @example const { spans } = useStoreAfterEdit(model.document)
 */
export function useStoreAfterEdit<T>(store: Store<T>): T {
  const [follower] = useState(() => followAfterEdit(store));
  return useSyncExternalStore(follower.subscribe, follower.snapshot);
}

/** The snapshot a component shows, and how it hears of a new one. */
function followAfterEdit<T>(store: Store<T>) {
  let shown = store.snapshot;
  let listening = 0;
  return {
    snapshot: (): T => (listening > 0 ? shown : (shown = store.snapshot)),
    subscribe: (notify: () => void): (() => void) => {
      listening++;
      let cancel = (): void => undefined;
      const show = (): void => {
        shown = store.snapshot;
        notify();
      };
      const follow = (): void => {
        cancel();
        if (editOnItsWay()) cancel = afterEditPainted(show);
        else show();
      };
      const stop = store.onDidChange(follow);
      if (shown !== store.snapshot) follow(); // a change between the render and now
      return () => {
        listening--;
        stop();
        cancel();
      };
    },
  };
}
