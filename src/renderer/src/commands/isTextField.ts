/** The reading view: editable content that refuses every edit, where single keys are commands. */
export function inReadingView(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.lp-reading') !== null;
}

/** True when typing into `target` would be taken as text: inputs, text areas, selects, editable content. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || inReadingView(target)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
