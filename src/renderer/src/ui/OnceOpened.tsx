import { Suspense, useState, type ReactNode } from 'react';

/**
 * Renders `children` from the first time `open` is true on, and keeps them after (a dialog
 * closed and opened again finds its state as the user left it). Until then nothing is
 * rendered, so a lazy view's code is fetched when first asked for, not with the window.
 */
export function OnceOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened ? <Suspense fallback={null}>{children}</Suspense> : null;
}
