import type { KeyboardEvent } from 'react';
import { regionMoveCount } from './focusRegion';
import { isWindowKey } from './isWindowKey';

/**
 * For a field or form opened in place (a rename, an entity's details, an entity search): once
 * a key pressed in it has run Next or Previous Part of the Window (F6 / Shift+F6, or whatever key
 * the user bound them to) and the keyboard has gone to another part of the window, calls `left`,
 * which closes it, saving or giving up what was typed and saying which. Left open, it waited out
 * of the keyboard's way with its typing unsaved and unsaid.
 */
export function whenLeftByF6(event: KeyboardEvent<HTMLElement>, left: () => void): void {
  if (!isWindowKey(event)) return; // the field's own key: it never reaches the window
  const within = event.currentTarget;
  const pressed = event.nativeEvent;
  const moves = regionMoveCount();
  // The window runs the key's command in its own handler, after this one: look once it has.
  const after = (seen: Event): void => {
    window.removeEventListener('keydown', after);
    if (seen !== pressed || regionMoveCount() === moves) return;
    if (within.isConnected && !within.contains(document.activeElement)) left();
  };
  window.addEventListener('keydown', after);
}
