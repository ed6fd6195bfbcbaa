import { useEffect } from 'react';

export interface ToastProps {
  readonly message: string;
  onClose(): void;
}

/** A dismissable message at the bottom of the window; errors are read out by screen readers. */
export function Toast({ message, onClose }: ToastProps) {
  useEffect(() => {
    const timer = window.setTimeout(onClose, 8000);
    return () => window.clearTimeout(timer);
  }, [message, onClose]);
  return (
    <div className="lp-toast" role="alert">
      <span>{message}</span>
      <button type="button" className="lp-button" onClick={onClose} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
