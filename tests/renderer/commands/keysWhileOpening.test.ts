// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  caretMoveOf,
  KeysWhileOpening,
  pageMoveOf,
} from '../../../src/renderer/src/commands/keysWhileOpening';

const press = (key: string, mods: Partial<Record<'ctrl' | 'shift' | 'alt', boolean>> = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

/** A reading view's text, as the app draws one, holding the keyboard. */
function newText(): HTMLElement {
  const view = document.createElement('div');
  view.className = 'lp-reading';
  const text = document.createElement('div');
  text.className = 'ProseMirror';
  text.tabIndex = 0;
  view.append(text);
  document.body.append(view);
  text.focus();
  return text;
}

function key(type: 'keydown' | 'keyup', name: string, shiftKey = false): void {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new KeyboardEvent(type, { key: name, shiftKey, bubbles: true }));
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

/** Waits for `count` animation frames. */
async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('keys pressed while the next document opens', () => {
  let seen: string[] = [];
  const listen = (event: KeyboardEvent): void => {
    seen.push(`${event.type}:${event.shiftKey ? 'Shift+' : ''}${event.key}@${where()}`);
  };
  const where = (): string => (document.activeElement as HTMLElement | null)?.dataset.name ?? '';

  beforeEach(() => {
    seen = [];
    document.body.innerHTML = '';
    window.addEventListener('keydown', listen);
    window.addEventListener('keyup', listen);
  });
  afterEach(() => {
    window.removeEventListener('keydown', listen);
    window.removeEventListener('keyup', listen);
  });

  it('waits, in order, for the new text to take the keyboard, then acts there', async () => {
    const old = newText();
    old.dataset.name = 'old';
    KeysWhileOpening.hold();
    key('keydown', 'Shift', true);
    key('keydown', 'ArrowRight', true);
    key('keyup', 'ArrowRight', true);
    key('keydown', '1');
    expect(seen).toEqual([]); // the text leaving sees none of them
    old.parentElement?.remove();
    const next = newText();
    next.dataset.name = 'new';
    await tick();
    // The lone Shift is not pressed again; each key is let go after it is pressed.
    expect(seen).toEqual([
      'keydown:Shift+ArrowRight@new',
      'keyup:Shift+ArrowRight@new',
      'keydown:1@new',
      'keyup:1@new',
    ]);
    key('keydown', '2');
    expect(seen.at(-1)).toBe('keydown:2@new'); // no longer held
  });

  it('hands the keys back at once when no new text is coming', () => {
    newText().dataset.name = 'same';
    const keys = KeysWhileOpening.hold();
    key('keydown', 'x');
    expect(seen).toEqual([]);
    keys.release();
    expect(seen).toEqual(['keydown:x@same', 'keyup:x@same']);
  });

  it('wait for the next text by time, not frames: many frames drawn meanwhile release nothing', async () => {
    const old = newText();
    old.dataset.name = 'old';
    const keys = KeysWhileOpening.hold();
    key('keydown', 'PageDown');
    keys.releaseOnNewText(2000);
    const started = performance.now();
    await frames(60); // a renderer busy drawing the next text still paints frames
    await tick();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(seen).toEqual([]);
    old.parentElement?.remove();
    newText().dataset.name = 'new';
    await tick();
    expect(seen).toEqual(['keydown:PageDown@new', 'keyup:PageDown@new']);
  });

  it('once the wait is over with no new text (the same text kept), the keys act where the keyboard is', async () => {
    newText().dataset.name = 'same';
    const keys = KeysWhileOpening.hold();
    key('keydown', 'j');
    keys.releaseOnNewText(50);
    await frames(1);
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await frames(2);
    await tick();
    expect(seen).toEqual(['keydown:j@same', 'keyup:j@same']);
  });

  it('a key that opens yet another document makes the keys after it wait for that one', async () => {
    newText().dataset.name = 'first';
    const openAgain = (event: KeyboardEvent): void => {
      if (event.type === 'keydown' && event.key === 'd') KeysWhileOpening.hold();
    };
    window.addEventListener('keydown', openAgain);
    try {
      KeysWhileOpening.hold();
      key('keydown', 'd');
      key('keydown', 'a');
      newText().dataset.name = 'second';
      await tick();
      // Its own letting go is held by the new wait, as a key let go after D is.
      expect(seen).toEqual(['keydown:d@second']);
      key('keydown', 'b');
      newText().dataset.name = 'third';
      await tick();
      expect(seen.slice(1)).toEqual([
        'keydown:a@third',
        'keyup:a@third',
        'keydown:b@third',
        'keyup:b@third',
      ]);
    } finally {
      window.removeEventListener('keydown', openAgain);
    }
  });
});

describe('keys pressed while a dialog opens', () => {
  /** A dialog, as ui/Modal.tsx draws one, with a field that takes the keyboard. */
  function newDialog(name: string): HTMLInputElement {
    const dialog = document.createElement('div');
    dialog.className = 'lp-dialog';
    const field = document.createElement('input');
    field.dataset.name = name;
    dialog.append(field);
    document.body.append(dialog);
    field.focus();
    return field;
  }

  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('wait for a new dialog: not the palette they were typed in, nor the text it hands back to', async () => {
    const palette = newDialog('palette');
    const seen: string[] = [];
    const listen = (event: KeyboardEvent): void => {
      const at = (document.activeElement as HTMLElement | null)?.dataset.name ?? '';
      if (event.type === 'keydown') seen.push(`${event.key}@${at}`);
    };
    window.addEventListener('keydown', listen);
    try {
      KeysWhileOpening.hold().releaseInDialog(10_000);
      key('keydown', 'a');
      // The palette closes; the text takes the keyboard back before the next dialog shows.
      palette.parentElement?.remove();
      newText().dataset.name = 'text';
      await tick();
      key('keydown', 'm');
      expect(seen).toEqual([]);
      const name = newDialog('name');
      key('keydown', 'i');
      expect(seen).toEqual(['a@name', 'm@name', 'i@name']);
      // The two held went in as typed; the third, pressed by hand here, is the browser's to type.
      expect(name.value).toBe('am');
    } finally {
      window.removeEventListener('keydown', listen);
    }
  });

  it('a key typed as the palette takes the keyboard, after the Enter that opens a form, waits for that form', async () => {
    const seen: string[] = [];
    const listen = (event: KeyboardEvent): void => {
      const at = (document.activeElement as HTMLElement | null)?.dataset.name ?? '';
      if (event.type === 'keydown') seen.push(`${event.key}@${at}`);
      // Enter in the palette runs its command, which shows a form and holds keys for it.
      if (event.type === 'keydown' && event.key === 'Enter' && at === 'palette')
        KeysWhileOpening.hold().releaseIn('.lp-stanceform', 10_000);
    };
    window.addEventListener('keydown', listen);
    try {
      KeysWhileOpening.hold().releaseInDialog(10_000);
      key('keydown', 'Enter');
      // The palette has the keyboard, and "p" comes before the held Enter is pressed again.
      const palette = newDialog('palette');
      key('keydown', 'p');
      palette.parentElement?.remove();
      key('keydown', 'r');
      const form = document.createElement('form');
      form.className = 'lp-stanceform';
      form.innerHTML = '<select data-name="holder"></select>';
      document.body.append(form);
      form.querySelector('select')?.focus();
      await frames(2);
      await tick();
      expect(seen).toEqual(['Enter@palette', 'p@holder', 'r@holder']);
    } finally {
      window.removeEventListener('keydown', listen);
    }
  });
});

describe('keys held for a dialog act there as typed keys do', () => {
  /** A dialog with two fields, a select and a button, its first field holding the keyboard. */
  function newForm(): { second: HTMLInputElement; select: HTMLSelectElement; pressed: string[] } {
    const dialog = document.createElement('div');
    dialog.className = 'lp-dialog';
    dialog.innerHTML = `<input data-name="first"><input data-name="second">
      <select data-name="polarity"><option>Favor</option><option>Against</option></select>
      <button type="button" data-name="ok">OK</button>`;
    document.body.append(dialog);
    const pressed: string[] = [];
    dialog.querySelector('button')?.addEventListener('click', () => pressed.push('ok'));
    const second = dialog.querySelector<HTMLInputElement>('[data-name="second"]');
    const select = dialog.querySelector('select');
    if (!second || !select) throw new Error('no form');
    return { second, select, pressed };
  }

  /** Holds the keys typed by `typing` until the dialog's control `name` has the keyboard. */
  async function typedBefore(
    name: string,
    typing: () => void,
  ): Promise<ReturnType<typeof newForm>> {
    const keys = KeysWhileOpening.hold();
    keys.releaseInDialog(10_000);
    typing();
    const form = newForm();
    document.querySelector<HTMLElement>(`[data-name="${name}"]`)?.focus();
    await new Promise((resolve) => setTimeout(resolve, 60));
    return form;
  }

  beforeEach(() => {
    document.body.innerHTML = '';
    newText();
  });

  it('Tab moves to the next field, and the letters after it go there', async () => {
    const { second } = await typedBefore('first', () =>
      ['a', 'Tab', 'b'].forEach((name) => key('keydown', name)),
    );
    expect(second.value).toBe('b');
    expect(document.activeElement).toBe(second);
  });

  it('Shift+Tab moves back, round the dialog to its last control', async () => {
    await typedBefore('first', () => key('keydown', 'Tab', true));
    expect(document.activeElement?.getAttribute('data-name')).toBe('ok');
  });

  it('Space on a button presses it', async () => {
    const { pressed } = await typedBefore('ok', () => key('keydown', ' '));
    expect(pressed).toEqual(['ok']);
  });

  it('a letter on a select chooses the option it starts', async () => {
    const { select } = await typedBefore('polarity', () => key('keydown', 'a'));
    expect(select.value).toBe('Against');
  });
});

describe('caretMoveOf', () => {
  it('moves the caret as Chromium does for the keys that read', () => {
    expect(caretMoveOf(press('ArrowRight', { shift: true }))).toEqual([
      'extend',
      'right',
      'character',
    ]);
    expect(caretMoveOf(press('ArrowLeft', { ctrl: true }))).toEqual(['move', 'left', 'word']);
    expect(caretMoveOf(press('ArrowDown'))).toEqual(['move', 'forward', 'line']);
    expect(caretMoveOf(press('End', { shift: true }))).toEqual([
      'extend',
      'forward',
      'lineboundary',
    ]);
    expect(caretMoveOf(press('a'))).toBeNull();
  });
});

describe('a page key pressed again', () => {
  // Chromium's page step: max(87.5 % of the height, the height less 40 px).
  it('moves the caret as far as Chromium pages', () => {
    expect(pageMoveOf(press('PageDown'), 400)).toEqual({ direction: 'forward', pixels: 360 });
    expect(pageMoveOf(press('PageUp', { shift: true }), 200)).toEqual({
      direction: 'backward',
      pixels: 175,
    });
    expect(pageMoveOf(press('PageDown'), 0)?.pixels).toBe(1);
    expect(pageMoveOf(press('ArrowDown'), 400)).toBeNull();
  });
});
