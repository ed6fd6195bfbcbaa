import { useEffect } from 'react';
import { keyboardLost } from '../../ui/keyboardLost';

/**
 * Gives the keyboard to the item card J, K or a decision chose (unless it is reading the text),
 * so a screen reader reads that item and Tab goes on to its decisions.
 */
export function focusChosen(card: HTMLElement | null): void {
  if (card && !document.activeElement?.closest('.lp-review-text'))
    card.focus({ preventScroll: true });
}

/**
 * A bar button its own press disables (Accept all agreed with none left, Undo with nothing
 * left to undo) would drop the keyboard to the page: the chosen item's card takes it instead.
 * `disabled`: whether each of the bar's buttons is disabled now.
 */
export function useKeyboardKeptInBar(disabled: readonly boolean[]): void {
  const key = disabled.join();
  useEffect(() => {
    const active = document.activeElement;
    if (!keyboardLost() && !(active instanceof HTMLElement && active.matches(':disabled'))) return;
    focusChosen(document.querySelector<HTMLElement>('.lp-review-item.is-selected'));
  }, [key]);
}
