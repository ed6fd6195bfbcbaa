// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { keyPress } from '../../helpers/keyPress';
import { controlPressOf, pressControl } from '../../../src/renderer/src/commands/pressControl';

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
    expect(controlPressOf(keyPress('Enter'), button)).toBe('clickOnDown');
    expect(controlPressOf(keyPress(' '), button)).toBe('clickOnUp');
    expect(controlPressOf(keyPress(' ', { shiftKey: true }), button)).toBe('clickOnUp');
    expect(controlPressOf(keyPress(' ', { ctrlKey: true }), button)).toBeNull();
    expect(controlPressOf(keyPress('a'), button)).toBeNull();
    const submit = make('<input type="submit" data-press>');
    expect(controlPressOf(keyPress(' '), submit)).toBe('clickOnUp');
  });

  it('checks a box or radio button with Space; Enter there submits its form', () => {
    expect(controlPressOf(keyPress(' '), make('<input type="checkbox" data-press>'))).toBe(
      'clickOnUp',
    );
    expect(controlPressOf(keyPress('Enter'), make('<input type="radio" data-press>'))).toBe(
      'submit',
    );
  });

  it('leaves disabled controls, text fields and role-only buttons to their own handlers', () => {
    expect(
      controlPressOf(keyPress(' '), make('<button disabled data-press>x</button>')),
    ).toBeNull();
    expect(controlPressOf(keyPress(' '), make('<input data-press>'))).toBeNull();
    expect(controlPressOf(keyPress(' '), make('<div role="button" data-press>x</div>'))).toBeNull();
    expect(controlPressOf(keyPress(' '), make('<a href="#x" data-press>x</a>'))).toBeNull();
    expect(controlPressOf(keyPress('Enter'), make('<a href="#x" data-press>x</a>'))).toBe(
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
