// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CommandRegistry } from '../../../src/renderer/src/commands';
import { KeysWhileOpening } from '../../../src/renderer/src/commands/keysWhileOpening';
import type { KeyPress } from '../../../src/shared/commands';
import { fragmentOf } from '../../../src/shared/spans';
import { span } from '../../helpers/span';
import { settings } from '../helpers/modelData';
import { startedModel } from '../helpers/testModel';

// Ctrl+F and E hold the keys after them for the field they open (a browser's document).
afterEach(() => KeysWhileOpening.hold().release());

function press(key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

async function registry(desktop = false) {
  const made = await startedModel([span(0, 11, 'PERSON', 's1'), span(16, 32, 'PERSON', 's2')]);
  return { ...made, registry: new CommandRegistry(made.model, desktop) };
}

/** Resolves and runs a press; false when nothing answers it. */
function hit(target: CommandRegistry, key: KeyPress, typing = false): boolean {
  const action = target.resolve(key, typing ? 'text' : 'reading');
  action?.();
  return action !== null;
}

describe('CommandRegistry', () => {
  it('runs the command a key is bound to in the context that is active', async () => {
    const { model, registry: r } = await registry();
    expect(hit(r, press('Tab'))).toBe(true);
    expect(model.selection.snapshot.selectedId).toBe('s1');
    expect(hit(r, press('Tab'))).toBe(true);
    expect(model.selection.snapshot.selectedId).toBe('s2');
    expect(hit(r, press('Tab'))).toBe(false); // past the last span, Tab moves on through the page
    expect(hit(r, press('Tab', { shiftKey: true }))).toBe(true);
    expect(model.selection.snapshot.selectedId).toBe('s1');
    expect(hit(r, press('Escape'))).toBe(true);
    expect(model.selection.snapshot.selectedId).toBeNull();
  });

  it('says what a toggle left: a stylesheet’s change is heard by no screen reader', async () => {
    const { model, registry: r } = await registry();
    const heard = (id: string): string | undefined => {
      r.run(id);
      return model.announcements.snapshot.last?.text;
    };
    expect([heard('toggleArcs'), heard('toggleArcs')]).toEqual([
      'Relation arcs: hidden',
      'Relation arcs: shown',
    ]);
    expect([heard('toggleInlineLabels'), heard('toggleInlineLabels')]).toEqual([
      'Labels in the text: shown',
      'Labels in the text: hidden',
    ]);
    expect([heard('toggleSidePanel'), heard('toggleSidePanel')]).toEqual([
      'Side panel: hidden',
      'Side panel: shown',
    ]);
    const theme = heard('toggleTheme');
    expect(theme).toBe(`Theme: ${model.theme.snapshot}`);
  });

  it('leaves Tab to the page outside the reading view, and lets Esc leave a text field', async () => {
    const { model, registry: r } = await registry();
    expect(r.resolve(press('Tab'), 'page')).toBeNull();
    model.selection.select('s1');
    r.resolve(press('Escape'), 'text')?.();
    expect(model.selection.snapshot.selectedId).toBeNull();
    expect(model.view.snapshot.readingFocus).toBe(1);
  });

  it('answers span keys only with a span selected, and review keys only in review', async () => {
    const { model, registry: r } = await registry();
    expect(hit(r, press('e'))).toBe(false);
    model.selection.select('s1');
    expect(hit(r, press('e'))).toBe(true);
    expect(model.selection.snapshot.linking).toBe(true);
    expect(hit(r, press('j'))).toBe(false);
    model.view.setAgreement(true);
    expect(hit(r, press('e'))).toBe(false);
    expect(hit(r, press('Escape'))).toBe(true);
    expect(model.view.snapshot.agreement).toBe(false);
  });

  it('makes a relation: R starts it, Tab moves its other end, span keys rest, Esc cancels', async () => {
    const { model, registry: r } = await registry();
    model.selection.select('s1');
    expect(hit(r, press('Enter'))).toBe(false); // no relation being made
    expect(hit(r, press('r'))).toBe(true);
    expect(model.selection.snapshot.relateFrom).toBe('s1');
    expect(hit(r, press('Enter'))).toBe(false); // the other end is still the span itself
    expect(hit(r, press('Tab'))).toBe(true);
    expect(model.selection.snapshot.selectedId).toBe('s2');
    expect(hit(r, press('Delete'))).toBe(false); // the other end is not deleted by accident
    expect(hit(r, press('1'))).toBe(false); // nor relabelled
    expect(hit(r, press('Enter'))).toBe(true);
    expect(model.selection.snapshot.chooseType).toBe(1);
    expect(hit(r, press('Escape'))).toBe(true);
    expect(model.selection.snapshot).toMatchObject({ relateFrom: null, selectedId: 's1' });
  });

  it('never fires a single key while typing, but Ctrl/Cmd+F focuses search from anywhere', async () => {
    const { model, registry: r } = await registry();
    model.selection.select('s1');
    expect(hit(r, press('e'), true)).toBe(false);
    expect(hit(r, press('f', { ctrlKey: true }), true)).toBe(true);
    expect(model.view.snapshot).toMatchObject({ sideTab: 'search', searchFocus: 1 });
  });

  it('leaves undo to a text field, and greys it when there is nothing to undo', async () => {
    const { model, fake, registry: r } = await registry();
    const said = (): string | undefined => model.announcements.snapshot.last?.text;
    expect(r.entry('undo')?.enabled).toBe(false);
    // The key says so, rather than nothing (a screen reader hears no greyed menu item).
    expect(hit(r, press('z', { ctrlKey: true }))).toBe(true);
    expect(said()).toBe('Nothing to undo');
    expect(hit(r, press('y', { ctrlKey: true }))).toBe(true);
    expect(said()).toBe('Nothing to redo');
    expect(fake.methods()).not.toContain('undo');
    await model.document.addSpan('ORG', [fragmentOf(36, 43)]);
    expect(hit(r, press('z', { ctrlKey: true }), true)).toBe(false);
    fake.answer('undo', () => null);
    expect(hit(r, press('z', { ctrlKey: true }))).toBe(true);
    expect(fake.methods()).toContain('undo');
  });

  // The palette hid what could not run, so "undo" found nothing: each entry now says why it
  // cannot run, or nothing for a command of another view, which the palette leaves out.
  it('says why a command cannot run now, and nothing for one of another view', async () => {
    const { model, registry: r } = await registry();
    const why = (id: string): string | null | undefined => r.entry(id)?.unavailable;
    expect(why('undo')).toBe('Nothing to undo');
    expect(why('addFragment')).toBe('Select a span first');
    expect(why('acceptSuggestion')).toBe('Select a known-name suggestion first');
    expect(why('nextSpan')).toBe('Only with the keyboard in the text');
    expect(why('acceptA')).toBeNull(); // a review command, while annotating
    expect(why('toggleTheme')).toBeNull(); // it can run
    model.selection.select('s1');
    expect(why('addFragment')).toBeNull();
    model.view.setAgreement(true);
    expect(why('find')).toBe('Only while annotating');
    expect(why('addFragment')).toBeNull(); // the annotation view's, left out here
  });

  it('undoes from a field chosen from (a select has no undo of its own), but leaves it its letters', async () => {
    const { model, fake, registry: r } = await registry();
    model.selection.select('s1');
    expect(r.resolve(press('e'), 'choice')).toBeNull(); // a letter goes to the select's options
    await model.document.addSpan('ORG', [fragmentOf(36, 43)]);
    fake.answer('undo', () => null);
    r.resolve(press('z', { ctrlKey: true }), 'choice')?.();
    expect(fake.methods()).toContain('undo');
  });

  it("applies a label key from the schema's styles to the pending range", async () => {
    const { model, fake, registry: r } = await registry();
    expect(hit(r, press('2'))).toBe(false); // nothing selected: the key is left alone
    model.selection.selectRange(fragmentOf(36, 43), null);
    expect(hit(r, press('2'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const added = fake.calls.find((c) => c.method === 'addSpan');
    expect(added?.payload).toMatchObject({ documentId: 'd1', label: 'ORG' });
  });

  it("follows the user's own keys once rebound", async () => {
    const { model, fake, registry: r } = await registry();
    fake.answer('updateSettings', (request) => settings({ keybindings: request.keybindings }));
    await model.keybindings.rebind('toggleSnapToWords', 'Mod+Alt+w');
    fake.answer('updateSettings', (request) => settings({ snapToWords: request.snapToWords }));
    expect(hit(r, press('w', { ctrlKey: true, altKey: true }))).toBe(true);
    expect(fake.calls.at(-1)).toEqual({ method: 'updateSettings', payload: { snapToWords: true } });
  });

  it('leaves zoom keys to the desktop app, which zooms natively', async () => {
    const { registry: r } = await registry(true);
    expect(hit(r, press('=', { ctrlKey: true }))).toBe(false);
    expect(r.entries().find((e) => e.spec.id === 'newProject')?.runnable).toBe(false);
  });

  it('takes AltGr in a text field as a character, not Ctrl+Alt; Ctrl+Alt+L stays a command', async () => {
    const { registry: r } = await registry();
    const ctrlAlt = { ctrlKey: true, altKey: true };
    // AltGr+L on a layout where it types no other letter: Windows says Ctrl+Alt+l.
    expect(r.resolve(press('l', { ...ctrlAlt, altGraph: true }), 'text')).toBeNull();
    expect(r.meaningOf(press('l', ctrlAlt), 'text')).toEqual({ command: 'toggleInlineLabels' });
    expect(r.meaningOf(press('l', { ...ctrlAlt, altGraph: true }), 'page')).toEqual({
      command: 'toggleInlineLabels',
    });
  });
});
