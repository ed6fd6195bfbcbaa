import type { KeyboardEvent } from 'react';

/**
 * For a field or form opened in place (a rename, an entity's details, an entity search): once
 * the window has taken an F6 pressed in it and the keyboard has gone to another part of the
 * window, calls `left`, which closes it, saving or giving up what was typed and saying which.
 * Left open, it waited out of the keyboard's way with its typing unsaved and unsaid.
 */
export function whenLeftByF6(event: KeyboardEvent<HTMLElement>, left: () => void): void {
  if (event.key !== 'F6') return;
  const within = event.currentTarget;
  // The window moves the keyboard in its own handler, after this one: look once it has.
  setTimeout(() => {
    if (within.isConnected && !within.contains(document.activeElement)) left();
  }, 0);
}
