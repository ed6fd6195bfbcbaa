// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { returnFocus } from '../../../src/renderer/src/ui/dialogOpener';

/** A control in the page, named by its `data-name`. */
function control(tag: 'button' | 'select', name: string): HTMLElement {
  const element = document.createElement(tag);
  element.dataset.name = name;
  // The page has no layout here: every control counts as shown.
  element.checkVisibility = () => true;
  document.body.append(element);
  return element;
}

const focused = (): string | undefined =>
  document.activeElement instanceof HTMLElement ? document.activeElement.dataset.name : undefined;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('returnFocus', () => {
  it('gives the keyboard back to the opener when the closing dialog had it', () => {
    const opener = control('button', 'opener');
    returnFocus(opener, () => {});
    expect(focused()).toBe('opener');
  });

  it('leaves it where the command the dialog ran put it (a form opened on its list)', () => {
    const opener = control('button', 'opener');
    control('select', 'holder').focus();
    let fellBack = false;
    returnFocus(opener, () => (fellBack = true));
    expect(focused()).toBe('holder');
    expect(fellBack).toBe(false);
  });

  it('leaves it in the text when the text took it as the dialog went (a click after Esc)', () => {
    const opener = control('button', 'opener');
    const text = document.createElement('div');
    text.contentEditable = 'true';
    text.tabIndex = 0;
    text.dataset.name = 'text';
    document.body.append(text);
    text.focus();
    let fellBack = false;
    returnFocus(opener, () => (fellBack = true));
    expect(focused()).toBe('text');
    expect(fellBack).toBe(false);
  });
});
