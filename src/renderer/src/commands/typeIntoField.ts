import { typedCharacterOf, type KeyPress } from '../../../shared/commands/keyChord';

/** The reading text: an editable element that refuses every edit, never a field to type into. */
const READING_TEXT = '.lp-reading .ProseMirror';

/** Input types that hold typed text (others are buttons, boxes, pickers or files). */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/** What a key pressed again does in a text field, as it does when typed there. */
export type FieldEdit =
  | { readonly kind: 'insert'; readonly text: string }
  | { readonly kind: 'delete'; readonly direction: 'backward' | 'forward' }
  | { readonly kind: 'submit' }
  | null;

/** A field that takes typed text: a text input, a textarea, or an editable element. */
export type TextField = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/**
 * What `press` does in a field that takes text (`multiline`: a textarea or an editable
 * element), as when typed: a character goes in (Alt may make one, as on a Mac, and AltGr, which
 * Windows reports as Ctrl+Alt; Ctrl or Cmd alone makes a command), Backspace and Delete take one away, Enter starts a line in a multiline
 * field and submits a one-line field's form. Null for any other key: the field's own handlers
 * have had it.
 * @example fieldEditOf(press('a'), false) → { kind: 'insert', text: 'a' }
 */
export function fieldEditOf(press: KeyPress, multiline: boolean): FieldEdit {
  const character = typedCharacterOf(press);
  if (character !== null) return { kind: 'insert', text: character };
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Backspace') return { kind: 'delete', direction: 'backward' };
  if (press.key === 'Delete' && !press.shiftKey) return { kind: 'delete', direction: 'forward' };
  if (press.key === 'Enter') return multiline ? { kind: 'insert', text: '\n' } : { kind: 'submit' };
  return null;
}

/** The field `element` is when it takes typed text now (enabled, not read-only), else null. */
export function textFieldOf(element: Element | null): TextField | null {
  if (element instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled
      ? element
      : null;
  if (element instanceof HTMLTextAreaElement)
    return !element.readOnly && !element.disabled ? element : null;
  if (element instanceof HTMLElement && element.isContentEditable)
    return element.closest(READING_TEXT) ? null : element;
  return null;
}

/**
 * Makes `edit` in `field`, which has the keyboard, through the browser's own editing, as a typed
 * key does: at the caret, over the selection, within `maxLength`, with the `beforeinput` and
 * `input` events (React's `onChange`) and a step the field's Undo takes back.
 */
export function editField(field: TextField, edit: NonNullable<FieldEdit>): void {
  if (edit.kind === 'submit') return submitFormOf(field);
  const [command, text] =
    edit.kind === 'delete'
      ? [edit.direction === 'backward' ? 'delete' : 'forwardDelete', undefined]
      : field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
        ? ['insertText', edit.text]
        : [edit.text === '\n' ? 'insertParagraph' : 'insertText', edit.text];
  // The browser's editing commands are what a typed key runs; a browser without them gets the
  // value set (React sees the change by its own value tracker) and the `input` event.
  if (typeof document.execCommand === 'function' && document.execCommand(command, false, text))
    return;
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
    setFieldText(field, edit);
}

/** Edits a field's value without the browser's editing commands: the text, caret and `input`. */
function setFieldText(
  field: HTMLInputElement | HTMLTextAreaElement,
  edit: Exclude<NonNullable<FieldEdit>, { kind: 'submit' }>,
): void {
  const value = field.value;
  let start = field.selectionStart ?? value.length;
  let end = field.selectionEnd ?? start;
  let text = '';
  if (edit.kind === 'insert') {
    const room = field.maxLength >= 0 ? field.maxLength - (value.length - (end - start)) : Infinity;
    text = edit.text.slice(0, Math.max(0, room));
    if (text === '') return;
  } else if (start === end) {
    if (edit.direction === 'backward') start = Math.max(0, start - 1);
    else end = Math.min(value.length, end + 1);
  }
  field.setRangeText(text, start, end);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: inputTypeOf(edit) }));
}

function inputTypeOf(edit: Exclude<NonNullable<FieldEdit>, { kind: 'submit' }>): string {
  if (edit.kind === 'insert') return 'insertText';
  return edit.direction === 'backward' ? 'deleteContentBackward' : 'deleteContentForward';
}

/**
 * Enter in a one-line field submits its form as the browser does (implicit submission): through
 * the form's first submit button, unless it is disabled; a form without one only when the
 * field is its one text field.
 */
function submitFormOf(field: TextField): void {
  const form = field instanceof HTMLInputElement ? field.form : null;
  if (form) submitImplicitly(form, field);
}

/**
 * Submits `form` as Enter in one of its controls does: by its first submit button, unless that is
 * disabled; a form without one only when `from` is its one text field.
 */
export function submitImplicitly(form: HTMLFormElement, from: Element): void {
  const button = Array.from(form.elements).find(
    (e): e is HTMLButtonElement | HTMLInputElement =>
      (e instanceof HTMLButtonElement || e instanceof HTMLInputElement) && e.type === 'submit',
  );
  if (button) {
    if (!button.disabled) button.click();
    return;
  }
  const fields = Array.from(form.elements).filter((e) => textFieldOf(e) !== null);
  if (fields.length === 1 && fields[0] === from) form.requestSubmit();
}
