/** The label buttons of the menu shown beside a text selection (none while it is hidden). */
function shownLabels(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>('.lp-labelmenu:not([hidden]) [role="menuitem"]'),
  ];
}

/**
 * Gives the keyboard to the first label of the menu beside the text selection, so a label
 * without a key (or a user who does not know the keys) is chosen with the arrows and Enter;
 * false when no menu is shown.
 */
export function enterLabelMenu(): boolean {
  const first = shownLabels()[0];
  first?.focus();
  return first !== undefined;
}
