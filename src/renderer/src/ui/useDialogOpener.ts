import { createContext, useCallback, useContext, useLayoutEffect, useState } from 'react';
import { dialogOpener, rememberOpener, returnFocus } from './dialogOpener';

/** Where the keyboard goes when a dialog closes and the control that opened it is gone. */
export const DialogFallbackFocus = createContext<() => void>(() => {});

/**
 * For a Radix dialog's content: remembers the control that had the keyboard as `open` turned
 * true and gives it the keyboard back when the dialog closes (Esc, Cancel, the action done), in
 * the commit that takes the dialog away.
 */
export function useDialogOpener(open: boolean): {
  readonly contentRef: (element: HTMLElement | null) => void;
  onCloseAutoFocus(event: Event): void;
} {
  const fallback = useContext(DialogFallbackFocus);
  // Read while rendering the opening: the dialog is not in the page yet, the opener still has the keyboard.
  const [opener, setOpener] = useState(() => (open ? dialogOpener(document.activeElement) : null));
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpener(dialogOpener(document.activeElement));
  }
  const contentRef = useCallback(
    (element: HTMLElement | null) => {
      if (element) rememberOpener(element, opener);
    },
    [opener],
  );
  // Back as the dialog leaves the page (closed, or taken away whole), before the next key: Radix
  // gives it back a task later, and a Tab pressed in between went from the page's start.
  useLayoutEffect(() => {
    if (!open) return;
    // After the commit that takes the dialog away (its focus trap gone with it).
    return () => queueMicrotask(() => returnFocus(opener, fallback));
  }, [open, opener, fallback]);
  const onCloseAutoFocus = useCallback(
    (event: Event) => {
      event.preventDefault();
      returnFocus(opener, fallback);
    },
    [opener, fallback],
  );
  return { contentRef, onCloseAutoFocus };
}
