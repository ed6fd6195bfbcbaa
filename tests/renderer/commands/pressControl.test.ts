// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { controlPressOf, pressControl } from '../../../src/renderer/src/commands/pressControl';

const press = (key: string, mods: Partial<Record<'ctrl' | 'shift' | 'alt', boolean>> = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

function make(html: string): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector('[data-press]');
  if (!(element instanceof HTMLElement)) throw new Error('nothing to press');
  return element;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('controlPressOf', () => {
  // Chromium: Enter clicks a button as it goes down, Space as it comes up.
  it('presses a button with Enter at once and with Space on letting go', () => {
    const button = make('<button data-press>OK</button>');
    expect(controlPressOf(press('Enter'), button)).toBe('clickOnDown');
    expect(controlPressOf(press(' '), button)).toBe('clickOnUp');
    expect(controlPressOf(press(' ', { shift: true }), button)).toBe('clickOnUp');
    expect(controlPressOf(press(' ', { ctrl: true }), button)).toBeNull();
    expect(controlPressOf(press('a'), button)).toBeNull();
    const submit = make('<input type="submit" data-press>');
    expect(controlPressOf(press(' '), submit)).toBe('clickOnUp');
  });

  it('checks a box or radio button with Space; Enter there submits its form', () => {
    expect(controlPressOf(press(' '), make('<input type="checkbox" data-press>'))).toBe(
      'clickOnUp',
    );
    expect(controlPressOf(press('Enter'), make('<input type="radio" data-press>'))).toBe('submit');
  });

  it('leaves disabled controls, text fields and role-only buttons to their own handlers', () => {
    expect(controlPressOf(press(' '), make('<button disabled data-press>x</button>'))).toBeNull();
    expect(controlPressOf(press(' '), make('<input data-press>'))).toBeNull();
    expect(controlPressOf(press(' '), make('<div role="button" data-press>x</div>'))).toBeNull();
    expect(controlPressOf(press(' '), make('<a href="#x" data-press>x</a>'))).toBeNull();
    expect(controlPressOf(press('Enter'), make('<a href="#x" data-press>x</a>'))).toBe(
      'clickOnDown',
    );
  });
});

describe('pressControl', () => {
  it('clicks a check box, checking it', () => {
    const box = make('<input type="checkbox" data-press>');
    if (!(box instanceof HTMLInputElement)) throw new Error('no box');
    pressControl(box, 'clickOnUp');
    expect(box.checked).toBe(true);
  });

  it('submits through the form\u2019s submit button, and not when it is disabled', () => {
    const box = make('<form><input type="checkbox" data-press><button>Save</button></form>');
    let saved = 0;
    document.querySelector('button')?.addEventListener('click', () => saved++);
    pressControl(box, 'submit');
    expect(saved).toBe(1);
    document.querySelector('button')?.setAttribute('disabled', '');
    pressControl(box, 'submit');
    expect(saved).toBe(1);
  });
});
