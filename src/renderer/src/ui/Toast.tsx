import { useCallback, useEffect, useRef, type FocusEvent } from 'react';
import { focusOr } from './dialogOpener';

export interface ToastProps {
  readonly message: string;
  onClose(): void;
  /** Takes the keyboard when the toast goes with it and what had it before is gone (the text). */
  onKeyboardBack(): void;
}

/**
 * A dismissable message at the bottom of the window; errors are read out by screen readers.
 * Closed (its Dismiss, its timer) while it has the keyboard, it gives the keyboard back to the
 * control that had it before (WAI-ARIA APG): gone with the toast, it would fall to the page.
 */
export function Toast({ message, onClose, onKeyboardBack }: ToastProps) {
  const toast = useRef<HTMLDivElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const close = useCallback(() => {
    if (toast.current?.contains(document.activeElement)) focusOr(cameFrom.current, onKeyboardBack);
    onClose();
  }, [onClose, onKeyboardBack]);
  useEffect(() => {
    const timer = window.setTimeout(close, 8000);
    return () => window.clearTimeout(timer);
  }, [message, close]);
  const entered = (event: FocusEvent<HTMLDivElement>): void => {
    const from = event.relatedTarget;
    if (from instanceof Node && event.currentTarget.contains(from)) return;
    cameFrom.current = from instanceof HTMLElement ? from : null;
  };
  return (
    <div className="lp-toast" role="alert" ref={toast} onFocus={entered}>
      <span>{message}</span>
      <button type="button" className="lp-button" onClick={close} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
