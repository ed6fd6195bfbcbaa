import type { KeyPress } from '../../../shared/commands/keyChord';
import { submitImplicitly } from './typeIntoField';

/**
 * What a key does to the control that has the keyboard, as the browser does it: click it as the
 * key goes down (Enter on a button or link), as it comes up (Space on a button, check box or
 * radio button), or submit the control's form (Enter on a check box or radio button).
 */
export type ControlPress = 'clickOnDown' | 'clickOnUp' | 'submit' | null;

const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'image']);
const CHECKABLE_INPUTS = new Set(['checkbox', 'radio']);

/**
 * What `press` does to `element` (Chromium's keyboard activation); null for other keys and
 * elements. An element that is a button by its `role` only has no such action: its own key
 * handlers, which see the key, press it.
 * @example controlPressOf(press(' '), button) === 'clickOnUp'
 */
export function controlPressOf(press: KeyPress, element: Element | null): ControlPress {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key !== ' ' && press.key !== 'Enter') return null;
  if (!(element instanceof HTMLElement) || element.matches(':disabled')) return null;
  const space = press.key === ' ';
  const button =
    element instanceof HTMLButtonElement ||
    (element instanceof HTMLInputElement && BUTTON_INPUTS.has(element.type)) ||
    element.tagName === 'SUMMARY';
  if (button) return space ? 'clickOnUp' : 'clickOnDown';
  if (element instanceof HTMLInputElement && CHECKABLE_INPUTS.has(element.type))
    return space ? 'clickOnUp' : 'submit';
  if (element instanceof HTMLAnchorElement && element.hasAttribute('href') && !space)
    return 'clickOnDown';
  return null;
}

/** Does `action` to `element`: clicks it, or submits its form. */
export function pressControl(element: Element, action: NonNullable<ControlPress>): void {
  if (!(element instanceof HTMLElement)) return;
  if (action !== 'submit') return element.click();
  const form = element instanceof HTMLInputElement ? element.form : null;
  if (form) submitImplicitly(form, element);
}
