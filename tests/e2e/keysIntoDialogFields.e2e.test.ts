import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { selectWords, spans } from './support/keyboardWalk';
import { caretAtStart, keysAtText, recordKeysAtText } from './support/keysAtText';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { CTRL, pressAll, SHIFT, typing, type KeySent } from './support/pressAll';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

const BACKSPACE: KeySent = ['Backspace', 'Backspace', 8];
const ENTER: KeySent = ['Enter', 'Enter', 13];
const PALETTE: KeySent = ['P', 'KeyP', 80, CTRL | SHIFT];
const FIND: KeySent = ['f', 'KeyF', 70, CTRL];
/** Done and open the next: the keys after it are held for the next text, then pressed again there. */
const DONE: KeySent = ['d', 'KeyD', 68];
const LINK: KeySent = ['e', 'KeyE', 69];

/** The value of the field `label` names, once it has the keyboard. */
async function typedInto(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  await field.waitFor();
  await expect.poll(() => field.evaluate((f) => f === document.activeElement)).toBe(true);
  // The held keys are pressed again in the frames after the field takes the keyboard.
  await page.waitForTimeout(300);
  return field.inputValue();
}

describe('keys typed before a field takes the keyboard go into it, in order', () => {
  let opened: SeededPage;
  let cdp: CDPSession;
  let before: string[][];
  let documents: { id: string }[];

  beforeAll(async () => {
    opened = await openSeededPage('Keys into fields', 'tester', { width: 1024, height: 768 });
    cdp = await opened.page.context().newCDPSession(opened.page);
    documents = await callApi<{ id: string }[]>(opened.server, 'listDocuments');
    before = await Promise.all(documents.map((d) => spans(opened, d.id)));
  });

  afterAll(async () => {
    await cdp?.detach();
    await opened?.close();
  });

  /** Nothing typed reached the text: only the keys that opened the field, no span changed. */
  async function textUntouched(...commandKeys: string[]): Promise<void> {
    expect(await keysAtText(opened.page)).toEqual(commandKeys);
    const after = await Promise.all(documents.map((d) => spans(opened, d.id)));
    expect(after).toEqual(before);
  }

  it.each(['light', 'dark'] as const)(
    'D, Ctrl+Shift+P, "toggel", Backspace twice, "le" at once: the palette field reads "toggle" (%s)',
    async (theme) => {
      const { page } = opened;
      await caretAtStart(page);
      await useTheme(page, theme);
      await recordKeysAtText(page);
      const toggle = [...typing('toggel'), BACKSPACE, BACKSPACE, ...typing('le')];
      await pressAll(cdp, [DONE, PALETTE, ...toggle]);
      expect(await typedInto(page, 'Command')).toBe('toggle');
      // The palette filtered by what was typed, as by keys pressed in it.
      await expect.poll(() => page.locator('#lp-palette-list').textContent()).toMatch(/Toggle/);
      await page.screenshot({ path: screenshotPath(`keys-into-palette-1024-${theme}.png`) });
      // D left the text; Ctrl+Shift+P, held, was pressed again on the next one.
      await textUntouched('d', 'P');
      await page.keyboard.press('Escape');
      await page.getByLabel('Command', { exact: true }).waitFor({ state: 'detached' });
    },
  );

  it.each(['light', 'dark'] as const)(
    'D, Ctrl+F, "Iraq" and Enter at once: the search field reads "Iraq" and the search runs (%s)',
    async (theme) => {
      const { page } = opened;
      await caretAtStart(page);
      await useTheme(page, theme);
      await recordKeysAtText(page);
      await pressAll(cdp, [DONE, FIND, ...typing('Iraq'), ENTER]);
      expect(await typedInto(page, 'Search text')).toBe('Iraq');
      // Enter submitted the search form, as typed in its one text field.
      await expect
        .poll(() => page.locator('.lp-kwic__hit').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath(`keys-into-search-1024-${theme}.png`) });
      await textUntouched('d', 'f');
      // The field is cleared for the next case by typing into it, as a user would.
      await page.getByLabel('Search text', { exact: true }).fill('');
    },
  );

  it.each(['light', 'dark'] as const)(
    'through the palette into the dialog it opens: "annotator", Enter, then "amira" lands in the name field (%s)',
    async (theme) => {
      const { page } = opened;
      await caretAtStart(page);
      await useTheme(page, theme);
      await recordKeysAtText(page);
      await pressAll(cdp, [PALETTE, ...typing('change annotator'), ENTER, ...typing('amira')]);
      // The palette ran Change Annotator…; the keys after Enter waited for its name field, whose
      // name (selected) they replaced.
      expect(await typedInto(page, 'Annotator name')).toBe('amira');
      await page.screenshot({ path: screenshotPath(`keys-into-annotator-1024-${theme}.png`) });
      await textUntouched('P');
      await page.keyboard.press('Escape');
      await page.getByLabel('Annotator name', { exact: true }).waitFor({ state: 'detached' });
    },
  );

  it.each([
    ['light', 'Pompeo'],
    ['dark', 'Baghdad'],
  ] as const)(
    'a span labelled, then E and "Mike" at once: the entity picker reads "Mike", not the span\'s text (%s)',
    async (theme, word) => {
      const { page } = opened;
      await caretAtStart(page);
      await useTheme(page, theme);
      await selectWords(page, word, 1);
      await page.keyboard.press('1');
      const said = () => page.getByTestId('span-announcement').textContent();
      await expect.poll(said).toMatch(/, span \d+ of \d+$/);
      await recordKeysAtText(page);
      await pressAll(cdp, [LINK, ...typing('Mike')]);
      // The picker opens on the span's text, selected: what is typed replaces it.
      expect(await typedInto(page, 'Search entities')).toBe('Mike');
      await page.screenshot({ path: screenshotPath(`keys-into-entity-picker-1024-${theme}.png`) });
      expect(await keysAtText(page)).toEqual(['e']);
      await page.keyboard.press('Escape');
      await page.getByLabel('Search entities', { exact: true }).waitFor({ state: 'detached' });
    },
  );
});
