import { useEffect } from 'react';
import { useModel } from '../../../model';

/**
 * When the window regains focus (back from a terminal's git pull, a file manager's copy),
 * asks the workbench to reread changed files, and reloads the views when some were.
 */
export function useDiskSync(): void {
  const model = useModel();
  useEffect(() => {
    const sync = (): void => void model.syncWithDisk().catch(model.notifications.report);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') sync();
    };
    window.addEventListener('focus', sync);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', sync);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [model]);
}
