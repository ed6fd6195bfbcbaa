import { useEffect } from 'react';
import { useCommandRegistry } from './CommandsContext';
import { dispatchKey } from './dispatchKey';

/** Installs the window's one key handler for as long as the component is shown. */
export function useCommandKeys(): void {
  const registry = useCommandRegistry();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => dispatchKey(event, registry);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
}
