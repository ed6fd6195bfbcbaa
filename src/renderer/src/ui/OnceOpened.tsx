import { Suspense, useEffect, useState, type ReactNode } from 'react';

/** Keys pressed while a view is still loading: they are the view's, not the window's commands. */
function stopKey(event: KeyboardEvent): void {
  event.stopPropagation();
  event.preventDefault();
}

/** While mounted (a lazy view is loading), keys reach neither the page nor the window's commands. */
function HoldKeys() {
  useEffect(() => {
    window.addEventListener('keydown', stopKey, true);
    return () => window.removeEventListener('keydown', stopKey, true);
  }, []);
  return null;
}

/**
 * Renders `children` from the first time `open` is true on, and keeps them after (a dialog
 * closed and opened again finds its state as the user left it). Until then nothing is
 * rendered, so a lazy view's code is fetched when first asked for, not with the window; while
 * it loads, keys are held back from the window's commands (the view takes the focus once shown).
 */
export function OnceOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? <Suspense fallback={<HoldKeys />}>{children}</Suspense> : null;
}
