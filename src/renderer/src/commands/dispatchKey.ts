import type { KeyPress } from '../../../shared/commands';
import { drawWaitingEdits } from '../model';
import type { CommandRegistry } from './commandRegistry';
import { inReadingView, isChoiceField, isTextField } from './isTextField';
import { controlPressOf } from './pressControl';

/** Dialogs and menus handle their own keys; commands stay out of them. */
function insideOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="menu"]') !== null;
}

/**
 * The keyboard is on a control whose single keys are its own: in the header (the menu bar, whose
 * letters are its menus', and the window's buttons), or on one marked `data-own-keys` (an entry
 * naming another document than the open one: D there would mark the open one done). The rest of
 * the side panel is not: a document chosen there by a click keeps the keyboard on its entry, and
 * the keys go on acting on the text it opened.
 */
function onOwnKeys(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('[data-region="header"], [data-own-keys]') !== null
  );
}

/**
 * In the agreement, review and adjudication views, Enter or Space on a button is the button's:
 * Enter is also "accept the candidate" there, and on Reject, Undo or ← Agreement it accepted
 * the chosen candidate instead of pressing the button.
 */
function pressesFullViewControl(event: KeyboardEvent, press: KeyPress): boolean {
  const { target } = event;
  return (
    target instanceof Element &&
    target.closest('.lp-fullview') !== null &&
    controlPressOf(press, target) !== null
  );
}

/** The window's one key handler: runs what the press is bound to, and keeps the browser from acting on it too. */
export function dispatchKey(event: KeyboardEvent, registry: CommandRegistry): void {
  const reading = inReadingView(event.target);
  // The reading view's editor keeps the browser from editing on Esc, Enter, Ctrl+Z…: still commands.
  if ((event.defaultPrevented && !reading) || event.isComposing || insideOverlay(event.target))
    return;
  // What earlier keys changed is drawn before this one reads the selection and the spans.
  drawWaitingEdits();
  const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
  const altGraph = event.getModifierState('AltGraph');
  const press = { key, ctrlKey, metaKey, altKey, shiftKey, altGraph };
  const focus = reading
    ? 'reading'
    : isChoiceField(event.target)
      ? 'choice'
      : isTextField(event.target)
        ? 'text'
        : onOwnKeys(event.target) || pressesFullViewControl(event, press)
          ? 'control'
          : 'page';
  const action = registry.resolve(press, focus);
  if (!action) return;
  event.preventDefault();
  action();
}
