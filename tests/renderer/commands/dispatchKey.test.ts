// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../../src/renderer/src/commands';
import { dispatchKey } from '../../../src/renderer/src/commands/dispatchKey';
import { KeysWhileOpening } from '../../../src/renderer/src/commands/keysWhileOpening';
import { fragmentOf } from '../../../src/shared/spans';
import { span } from '../../helpers/span';
import { startedModel } from '../helpers/testModel';

/** Presses a key on `target` the way the browser does: a bubbling keydown the window handler sees. */
function pressOn(target: Element, registry: CommandRegistry, key: string, ctrlKey = false) {
  const event = new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true });
  target.addEventListener('keydown', (e) => dispatchKey(e as KeyboardEvent, registry), {
    once: true,
  });
  target.dispatchEvent(event);
  return event;
}

function element(html: string): Element {
  document.body.innerHTML = html;
  const found = document.body.firstElementChild;
  if (!found) throw new Error('no element');
  return found;
}

async function setUp() {
  const made = await startedModel([span(0, 11, 'PERSON', 's1')]);
  made.model.selection.select('s1');
  return { ...made, registry: new CommandRegistry(made.model, false) };
}

afterEach(() => {
  document.body.innerHTML = '';
  // Ctrl+F and E hold the keys after them for their field, which no test here draws.
  KeysWhileOpening.hold().release();
});

describe('dispatchKey', () => {
  it('runs a single-key command from the page and keeps the browser from acting on it', async () => {
    const { model, registry } = await setUp();
    const event = pressOn(element('<div tabindex="0"></div>'), registry, 'e');
    expect(event.defaultPrevented).toBe(true);
    expect(model.selection.snapshot.linking).toBe(true);
  });

  it('leaves single keys to a text field, a select or editable content', async () => {
    const { model, registry } = await setUp();
    for (const html of ['<input>', '<textarea></textarea>', '<select></select>']) {
      const event = pressOn(element(html), registry, 'e');
      expect(event.defaultPrevented, html).toBe(false);
    }
    expect(model.selection.snapshot.linking).toBe(false);
  });

  it('leaves keys a control may take to the header and to other documents: not commands on the text', async () => {
    const { model, registry } = await setUp();
    const outside = [
      '<header data-region="header"><button>File</button></header>',
      // Another document's entry in the list, or a search result there: D is not for the open one.
      '<nav data-region="side"><button data-own-keys>002_iraq</button></nav>',
    ];
    for (const html of outside)
      for (const key of ['e', 'd', 'r', 'Delete', 'Backspace', 'Enter', '1']) {
        const button = element(html).querySelector('button');
        if (!button) throw new Error('no button');
        const event = pressOn(button, registry, key);
        expect(event.defaultPrevented, `${key} in ${html}`).toBe(false);
      }
    expect(model.selection.snapshot.linking).toBe(false);
    expect(model.selection.snapshot.selectedId).toBe('s1');
    // Single keys elsewhere act on the open text (a document chosen in the side panel by a click
    // keeps the keyboard there); keys with Ctrl anywhere.
    const list = element('<nav data-region="side"><button>BAGDAD (AP)</button></nav>');
    const item = list.querySelector('button');
    expect(item && pressOn(item, registry, 'e').defaultPrevented).toBe(true);
    expect(model.selection.snapshot.linking).toBe(true);
    const header = element(outside[0] ?? '').querySelector('button');
    expect(header && pressOn(header, registry, 'f', true).defaultPrevented).toBe(true);
  });

  it('undoes from a select or a check box, which keep no undo of their own, but not from a text field', async () => {
    const { model, fake, registry } = await setUp();
    await model.document.addSpan('ORG', [fragmentOf(16, 20)]);
    fake.answer('undo', () => null);
    expect(pressOn(element('<input>'), registry, 'z', true).defaultPrevented).toBe(false);
    expect(fake.methods()).not.toContain('undo');
    for (const html of ['<select><option>a</option></select>', '<input type="checkbox">']) {
      const event = pressOn(element(html), registry, 'z', true);
      expect(event.defaultPrevented, html).toBe(true);
    }
    expect(fake.methods().filter((m) => m === 'undo')).toHaveLength(2);
  });

  it('runs Ctrl+F from a text field', async () => {
    const { model, registry } = await setUp();
    const event = pressOn(element('<input>'), registry, 'f', true);
    expect(event.defaultPrevented).toBe(true);
    expect(model.view.snapshot.sideTab).toBe('search');
  });

  it('stays out of dialogs and menus, which handle their own keys', async () => {
    const { model, registry } = await setUp();
    const inDialog = element('<div role="dialog"><button>ok</button></div>').querySelector(
      'button',
    );
    if (!inDialog) throw new Error('no button');
    expect(pressOn(inDialog, registry, 'e').defaultPrevented).toBe(false);
    expect(model.selection.snapshot.linking).toBe(false);
  });
});
