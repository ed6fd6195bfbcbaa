// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  editField,
  fieldEditOf,
  textFieldOf,
} from '../../../src/renderer/src/commands/typeIntoField';

type Mods = Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt' | 'altGraph', boolean>>;

const press = (key: string, mods: Mods = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ...(mods.altGraph === undefined ? {} : { altGraph: mods.altGraph }),
});

/** An input in the page with `value`, its selection from `start` to `end`. */
function input(value: string, start = value.length, end = start): HTMLInputElement {
  const field = document.createElement('input');
  field.value = value;
  document.body.append(field);
  field.focus();
  field.setSelectionRange(start, end);
  return field;
}

/** The `inputType` of every `input` event `field` fires from now on. */
function inputEvents(field: HTMLElement): string[] {
  const seen: string[] = [];
  field.addEventListener('input', (event) => {
    if (event instanceof InputEvent) seen.push(event.inputType);
  });
  return seen;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('fieldEditOf', () => {
  it('types a character, Alt too (a Mac makes characters with Option); Ctrl or Cmd stays a command', () => {
    expect(fieldEditOf(press('a'), false)).toEqual({ kind: 'insert', text: 'a' });
    expect(fieldEditOf(press('A', { shift: true }), false)).toEqual({ kind: 'insert', text: 'A' });
    expect(fieldEditOf(press(' '), false)).toEqual({ kind: 'insert', text: ' ' });
    expect(fieldEditOf(press('å', { alt: true }), false)).toEqual({ kind: 'insert', text: 'å' });
    expect(fieldEditOf(press('😀'), false)).toEqual({ kind: 'insert', text: '😀' });
    expect(fieldEditOf(press('a', { ctrl: true }), false)).toBeNull();
    expect(fieldEditOf(press('v', { meta: true }), false)).toBeNull();
  });

  it('types what AltGr makes, which Windows reports as Ctrl+Alt (German AltGr+Q, E, 7)', () => {
    const altGr = { ctrl: true, alt: true };
    expect(fieldEditOf(press('@', altGr), false)).toEqual({ kind: 'insert', text: '@' });
    expect(fieldEditOf(press('€', altGr), true)).toEqual({ kind: 'insert', text: '€' });
    expect(fieldEditOf(press('{', { ...altGr, altGraph: true }), false)).toEqual({
      kind: 'insert',
      text: '{',
    });
    // Ctrl+Alt+L with no AltGr recorded is a command (Labels Inline), as is plain Ctrl+@.
    expect(fieldEditOf(press('l', altGr), false)).toBeNull();
    expect(fieldEditOf(press('@', { ctrl: true }), false)).toBeNull();
  });

  it('deletes with Backspace and Delete; Enter submits a one-line field and starts a line in others', () => {
    expect(fieldEditOf(press('Backspace'), false)).toEqual({
      kind: 'delete',
      direction: 'backward',
    });
    expect(fieldEditOf(press('Delete'), true)).toEqual({ kind: 'delete', direction: 'forward' });
    expect(fieldEditOf(press('Enter'), false)).toEqual({ kind: 'submit' });
    expect(fieldEditOf(press('Enter'), true)).toEqual({ kind: 'insert', text: '\n' });
    expect(fieldEditOf(press('Backspace', { ctrl: true }), false)).toBeNull();
    expect(fieldEditOf(press('Tab'), false)).toBeNull();
    expect(fieldEditOf(press('ArrowLeft', { alt: true }), false)).toBeNull();
    expect(fieldEditOf(press('Escape'), false)).toBeNull();
  });
});

describe('textFieldOf', () => {
  it('takes text inputs and textareas that can be edited now', () => {
    const search = input('');
    search.type = 'search';
    expect(textFieldOf(search)).toBe(search);
    const box = input('');
    box.type = 'checkbox';
    expect(textFieldOf(box)).toBeNull();
    const file = input('');
    file.type = 'file';
    expect(textFieldOf(file)).toBeNull();
    const fixed = input('x');
    fixed.readOnly = true;
    expect(textFieldOf(fixed)).toBeNull();
    const off = input('x');
    off.disabled = true;
    expect(textFieldOf(off)).toBeNull();
    const notes = document.createElement('textarea');
    expect(textFieldOf(notes)).toBe(notes);
    notes.readOnly = true;
    expect(textFieldOf(notes)).toBeNull();
    expect(textFieldOf(null)).toBeNull();
  });

  it('never takes the reading text, an editable element that refuses every edit', () => {
    const reading = document.createElement('div');
    reading.className = 'lp-reading';
    const text = document.createElement('div');
    text.className = 'ProseMirror';
    text.contentEditable = 'true';
    reading.append(text);
    const note = document.createElement('div');
    note.contentEditable = 'true';
    document.body.append(reading, note);
    expect(textFieldOf(text)).toBeNull();
    expect(textFieldOf(note)).toBe(note);
  });
});

describe('editField, where the browser has no editing commands', () => {
  it('inserts at the caret and over the selection, with the input event', () => {
    const field = input('Irq', 2);
    const seen = inputEvents(field);
    editField(field, { kind: 'insert', text: 'a' });
    expect(field.value).toBe('Iraq');
    expect(field.selectionStart).toBe(3);
    field.setSelectionRange(0, 4);
    editField(field, { kind: 'insert', text: 'B' });
    expect(field.value).toBe('B');
    expect(seen).toEqual(['insertText', 'insertText']);
  });

  it('keeps within maxLength, as typing does', () => {
    const field = input('abc');
    field.maxLength = 4;
    editField(field, { kind: 'insert', text: 'd' });
    editField(field, { kind: 'insert', text: 'e' });
    expect(field.value).toBe('abcd');
    // A selection replaced makes room.
    field.setSelectionRange(0, 1);
    editField(field, { kind: 'insert', text: 'z' });
    expect(field.value).toBe('zbcd');
  });

  it('deletes backward and forward at the caret, or the selection', () => {
    const field = input('amxira', 3);
    const seen = inputEvents(field);
    editField(field, { kind: 'delete', direction: 'backward' });
    expect(field.value).toBe('amira');
    editField(field, { kind: 'delete', direction: 'forward' });
    expect(field.value).toBe('amra');
    field.setSelectionRange(1, 3);
    editField(field, { kind: 'delete', direction: 'backward' });
    expect(field.value).toBe('aa');
    expect(seen).toEqual([
      'deleteContentBackward',
      'deleteContentForward',
      'deleteContentBackward',
    ]);
  });
});

describe('Enter in a one-line field', () => {
  /** A form holding `fields`, counting its submissions. */
  function form(...fields: HTMLElement[]): { submitted: () => number } {
    const element = document.createElement('form');
    let count = 0;
    element.addEventListener('submit', (event) => {
      event.preventDefault();
      count++;
    });
    element.append(...fields);
    document.body.append(element);
    return { submitted: () => count };
  }

  it('submits a form through its submit button, unless it is disabled', () => {
    const field = document.createElement('input');
    const button = document.createElement('button');
    button.type = 'submit';
    const { submitted } = form(field, button);
    editField(field, { kind: 'submit' });
    expect(submitted()).toBe(1);
    button.disabled = true;
    editField(field, { kind: 'submit' });
    expect(submitted()).toBe(1);
  });

  it('submits a form without a button only when the field is its one text field', () => {
    const field = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    const { submitted } = form(field, box);
    editField(field, { kind: 'submit' });
    expect(submitted()).toBe(1);
    const first = document.createElement('input');
    const second = document.createElement('input');
    const two = form(first, second);
    editField(first, { kind: 'submit' });
    expect(two.submitted()).toBe(0);
  });
});
