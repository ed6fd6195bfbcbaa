import { useLayoutEffect, useState } from 'react';
import { afterEditPainted } from '../afterEditPainted';
import { editOnItsWay } from '../saveState';
import type { Store } from './store';

/**
 * The store's snapshot, except that a change that comes with an edit (between its key and the
 * painted frame of its answer) shows once that edit is painted and saved (see
 * `afterEditPainted`): the component does not render in the edit's own frames.
 * Shown again (a hidden `Activity` revealed), it starts from the snapshot of the moment.
 * For side panels that follow the layer but are not what an edit shows first.
 * @example const { spans } = useStoreAfterEdit(model.document)
 */
export function useStoreAfterEdit<T>(store: Store<T>): T {
  const [shown, setShown] = useState(() => store.snapshot);
  useLayoutEffect(() => {
    setShown(() => store.snapshot); // changed while hidden, or between the render and now
    let cancel = (): void => undefined;
    const stop = store.onDidChange(() => {
      cancel();
      if (editOnItsWay()) cancel = afterEditPainted(() => setShown(() => store.snapshot));
      else setShown(() => store.snapshot);
    });
    return () => {
      stop();
      cancel();
    };
  }, [store]);
  return shown;
}
