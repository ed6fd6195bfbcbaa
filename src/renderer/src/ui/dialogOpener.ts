import { keyboardLost } from './keyboardLost';

/** The control each open dialog returns the keyboard to, by the dialog's element. */
const openers = new WeakMap<Element, HTMLElement | null>();

/**
 * The control that opened a dialog, from what had the keyboard as it opened: a menu's item
 * stands for the menu's button (the menu closes with the choice), and a dialog that opens
 * another as it closes (the command palette) hands on its own opener. Null when nothing had it.
 */
export function dialogOpener(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const dialog = active.closest('[role="dialog"], [role="alertdialog"]');
  if (dialog) return openers.get(dialog) ?? null;
  const menu = active.closest('[role="menu"]');
  if (menu?.id)
    return document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`);
  return active;
}

/** Remembers which control opened the dialog `element`, for a dialog it opens in its turn. */
export function rememberOpener(element: Element, opener: HTMLElement | null): void {
  openers.set(element, opener);
}

/**
 * Gives the keyboard back to `opener` as a dialog closes (WAI-ARIA APG dialog pattern); when
 * it is gone, hidden or disabled, or is the text itself (which places its own caret), `fallback`
 * takes it. Nothing moves while another modal dialog is open: that one has the keyboard. A
 * dialog marked `aria-modal="false"` (the label menu beside selected text) does not hold it.
 */
export function returnFocus(opener: HTMLElement | null, fallback: () => void): void {
  if (anotherDialogOpen() || tookKeyboardSince()) return;
  focusOr(opener, fallback);
}

/**
 * Gives the keyboard to `control`; when it is gone, hidden or disabled, or is the text itself
 * (which places its own caret), `fallback` takes it.
 */
export function focusOr(control: HTMLElement | null, fallback: () => void): void {
  if (!control || !canTakeFocus(control) || control.isContentEditable) return fallback();
  control.focus();
  if (document.activeElement !== control) fallback();
}

/**
 * True when something outside the dialog took the keyboard while it closed: what the dialog
 * ran (New Stance from the palette opens its form on the holder list), or the person, whose
 * click or key after Esc reached the text before the dialog had gone. That control keeps it.
 */
function tookKeyboardSince(): boolean {
  if (keyboardLost()) return false;
  return document.activeElement?.closest('[role="dialog"], [role="alertdialog"]') === null;
}

function anotherDialogOpen(): boolean {
  const dialogs = document.querySelectorAll(
    ':is([role="dialog"], [role="alertdialog"]):not([aria-modal="false"])',
  );
  return [...dialogs].some((dialog) => dialog.checkVisibility());
}

function canTakeFocus(element: HTMLElement): boolean {
  if (!element.isConnected || element.closest('[inert]')) return false;
  if (element.matches(':disabled')) return false;
  return element.checkVisibility();
}
