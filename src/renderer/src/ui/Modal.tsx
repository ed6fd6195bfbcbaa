import { useContext, useState, type FocusEvent, type ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useDialogOpener } from './useDialogOpener';
import { WindowNews } from './windowNews';

export interface ModalProps {
  readonly open: boolean;
  onClose(): void;
  readonly title: ReactNode;
  /** Wider than the default dialog, nearly the whole window, or the command palette's strip. */
  readonly size?: 'wide' | 'full' | 'palette';
  /** The id of the element that describes the dialog, if any. */
  readonly describedBy?: string;
  /** Keeps keys typed in the dialog from reaching the workspace's shortcuts. */
  readonly captureKeys?: boolean;
  /** Escape closes the dialog unless this prevents it (a field that records a key). */
  onEscapeKeyDown?(event: KeyboardEvent): void;
  readonly children: ReactNode;
}

/**
 * A modal dialog (Radix): overlay, focus trap, Escape closes, a title; once closed, the control
 * that opened it has the keyboard again.
 */
export function Modal({
  open,
  onClose,
  title,
  size,
  describedBy,
  captureKeys,
  onEscapeKeyDown,
  children,
}: ModalProps) {
  const { contentRef, onCloseAutoFocus } = useDialogOpener(open);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="lp-overlay" />
        <Dialog.Content
          className={size ? `lp-dialog lp-dialog--${size}` : 'lp-dialog'}
          aria-describedby={describedBy}
          onEscapeKeyDown={onEscapeKeyDown}
          ref={contentRef}
          onCloseAutoFocus={onCloseAutoFocus}
          onFocus={showFocused}
          onKeyDown={captureKeys ? (event) => event.stopPropagation() : undefined}
        >
          <Dialog.Title className="lp-dialog__title">{title}</Dialog.Title>
          <DialogNews />
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * Brings the control that took the keyboard into view, above the button row. Tab from the last
 * control to the first (and Shift+Tab back) is moved by Radix's focus trap without scrolling,
 * which would leave a tall dialog showing its foot while its first field has the keyboard.
 */
function showFocused(event: FocusEvent<HTMLElement>): void {
  const target = event.target;
  if (target.closest('.lp-dialog__actions')) return;
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * What the window reports while the dialog is open (an export written, a refusal), said from
 * inside it: the modal hides the toast from screen readers. An alert is said as it appears, so
 * it is there only while there is news; news from before the dialog opened is not said again.
 */
function DialogNews() {
  const news = useContext(WindowNews);
  const [before] = useState(news);
  const message = news !== before ? news?.message : null;
  if (!message) return null;
  return (
    <p key={message} className="lp-sr-only" role="alert" data-testid="dialog-news">
      {message}
    </p>
  );
}

/** The dialog's button row: a button that closes it (`closeLabel`), then the given actions. */
export function ModalActions({
  closeLabel = 'Cancel',
  children,
}: {
  readonly closeLabel?: string;
  readonly children?: ReactNode;
}) {
  return (
    <div className="lp-dialog__actions">
      <Dialog.Close asChild>
        <button type="button" className="lp-button">
          {closeLabel}
        </button>
      </Dialog.Close>
      {children}
    </div>
  );
}
