/** The reading view: editable content that refuses every edit, where single keys are commands. */
export function inReadingView(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.lp-reading') !== null;
}

/** Input types chosen from rather than typed into: their keys are their own, but they keep no undo. */
const CHOICE_INPUT_TYPES = new Set(['checkbox', 'radio', 'range', 'color', 'file']);

/** True when typing into `target` would be taken as text: inputs, text areas, selects, editable content. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || inReadingView(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * True for a field chosen from, not typed into: a select (letters go to its options), a check
 * box, a radio button. Its single keys are its own, as a text field's are, but it has no undo of
 * its own: Ctrl+Z there undoes the edit its choice made.
 */
export function isChoiceField(target: EventTarget | null): boolean {
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && CHOICE_INPUT_TYPES.has(target.type);
}
