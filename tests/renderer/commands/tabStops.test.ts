// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { moveFocusByTab, tabStopsIn } from '../../../src/renderer/src/commands/tabStops';

/** Markup put in the page; each control is named by its `data-name`. */
function page(html: string): void {
  document.body.innerHTML = html;
}

const names = (elements: readonly Element[]): string[] =>
  elements.map((e) => e.getAttribute('data-name') ?? e.tagName);

function named(name: string): HTMLElement {
  const element = document.querySelector(`[data-name="${name}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no control ${name}`);
  return element;
}

const focused = (): string | null => document.activeElement?.getAttribute('data-name') ?? null;

beforeEach(() => page(''));

describe('tabStopsIn', () => {
  it('leaves out disabled, hidden and tabindex=-1 controls, and puts positive tabindex first', () => {
    page(`
      <input data-name="a">
      <button data-name="off" disabled>x</button>
      <input type="hidden" data-name="hidden-input">
      <div hidden><input data-name="in-hidden"></div>
      <button data-name="minus" tabindex="-1">x</button>
      <div data-name="plain">text</div>
      <div data-name="zero" tabindex="0">x</div>
      <a data-name="no-href">x</a>
      <a data-name="link" href="#x">x</a>
      <select data-name="select"></select>
      <textarea data-name="area"></textarea>
      <div inert><button data-name="inert">x</button></div>
      <button data-name="two" tabindex="2">x</button>
      <button data-name="one" tabindex="1">x</button>`);
    expect(names(tabStopsIn(document.body))).toEqual([
      'one',
      'two',
      'a',
      'zero',
      'link',
      'select',
      'area',
    ]);
  });

  it('keeps one button of a radio group: the checked one, else the first Tab reaches', () => {
    page(`
      <input type="radio" name="p" data-name="for">
      <input type="radio" name="p" data-name="against">
      <input type="radio" name="q" data-name="q1">
      <input type="radio" name="q" data-name="q2" checked>
      <input type="radio" data-name="alone">`);
    expect(names(tabStopsIn(document.body))).toEqual(['for', 'q2', 'alone']);
    expect(names(tabStopsIn(document.body, null, true))).toEqual(['against', 'q2', 'alone']);
  });
});

describe('moveFocusByTab', () => {
  const dialog = `
    <input data-name="outside">
    <div class="lp-dialog" role="dialog" aria-modal="true">
      <input data-name="name" value="amira">
      <input data-name="off" disabled>
      <select data-name="polarity"><option>Favor</option></select>
      <button data-name="cancel">Cancel</button>
    </div>
    <input data-name="after">`;

  it('moves to the next control of the dialog, round from the last to the first', () => {
    page(dialog);
    named('name').focus();
    expect(moveFocusByTab(named('name'), false)).toBe(true);
    expect(focused()).toBe('polarity');
    moveFocusByTab(named('polarity'), false);
    expect(focused()).toBe('cancel');
    moveFocusByTab(named('cancel'), false);
    expect(focused()).toBe('name'); // kept inside the dialog
  });

  it('Shift+Tab goes back, and a text input taken so has its text selected', () => {
    page(dialog);
    named('polarity').focus();
    moveFocusByTab(named('polarity'), true);
    expect(focused()).toBe('name');
    const name = named('name');
    if (!(name instanceof HTMLInputElement)) throw new Error('no input');
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, 5]);
    moveFocusByTab(name, true);
    expect(focused()).toBe('cancel');
  });

  it('from the dialog itself (it took the keyboard on opening) goes to its first control', () => {
    page(dialog);
    const box = document.querySelector('.lp-dialog');
    if (!(box instanceof HTMLElement)) throw new Error('no dialog');
    box.tabIndex = -1;
    box.focus();
    moveFocusByTab(box, false);
    expect(focused()).toBe('name');
  });

  it('outside a dialog goes through the page', () => {
    page(dialog.replace('class="lp-dialog" role="dialog" aria-modal="true"', ''));
    named('cancel').focus();
    moveFocusByTab(named('cancel'), false);
    expect(focused()).toBe('after');
  });
});
