import { useEffect, useRef } from 'react';
import { workbench } from '../../../bridge';

/**
 * When the window regains focus (back from a terminal's git pull, a file manager's copy),
 * asks the workbench to reread changed files and calls `onChanged` with them.
 */
export function useDiskSync(
  onChanged: (files: string[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const latest = useRef({ onChanged, onError });
  latest.current = { onChanged, onError };
  const sync = useRef(() => {
    workbench()
      .syncWithDisk({})
      .then(
        ({ changed }) => changed.length > 0 && latest.current.onChanged(changed),
        latest.current.onError,
      );
  });
  useEffect(() => {
    const run = sync.current;
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') run();
    };
    window.addEventListener('focus', run);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', run);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return sync.current;
}
