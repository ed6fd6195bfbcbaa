import type { FocusEvent } from 'react';

/**
 * For a field that opens filled (a name to change, the text to search for): its text is selected
 * when the keyboard or the app brings the keyboard there, so typing replaces it and Enter keeps
 * it, as in a rename field anywhere. A press of the mouse inside the field (it is :active then)
 * puts the caret where it pressed, as usual.
 */
export function selectOnFocus(event: FocusEvent<HTMLInputElement>): void {
  const field = event.currentTarget;
  if (!field.matches(':active')) field.select();
}
