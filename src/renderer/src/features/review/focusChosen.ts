/**
 * Gives the keyboard to the item card J, K or a decision chose (unless it is reading the text),
 * so a screen reader reads that item and Tab goes on to its decisions.
 */
export function focusChosen(card: HTMLElement | null): void {
  if (card && !document.activeElement?.closest('.lp-review-text'))
    card.focus({ preventScroll: true });
}
