import { useEffect, useRef, type RefObject } from 'react';
import { keyboardLost } from './keyboardLost';

/**
 * A ref for the button that opens something in its place (a name field, a form, a picker): when
 * `open` turns false and the keyboard went nowhere else (what had it is gone, so the focus is on
 * <body>), the button takes the keyboard back.
 */
export function useFocusBack(open: boolean): RefObject<HTMLButtonElement | null> {
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (closed && keyboardLost()) button.current?.focus();
  }, [open]);
  return button;
}
