import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { focused, selectWords } from './support/keyboardWalk';
import { caretAtStart, keysAtText, recordKeysAtText } from './support/keysAtText';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { ALT, CTRL, pressAll, SHIFT, typing, type KeySent } from './support/pressAll';
import { screenshotPath } from './support/screenshotPath';

const ENTER: KeySent = ['Enter', 'Enter', 13];
const TAB: KeySent = ['Tab', 'Tab', 9];
const SPACE: KeySent = [' ', 'Space', 32];
const ARROW_UP: KeySent = ['ArrowUp', 'ArrowUp', 38];
const PALETTE: KeySent = ['P', 'KeyP', 80, CTRL | SHIFT];
const SHORTCUTS: KeySent = ['/', 'Slash', 191, CTRL];
const FIND: KeySent = ['f', 'KeyF', 70, CTRL];
const DONE: KeySent = ['d', 'KeyD', 68];
/** AltGr+Q on a German keyboard, as Windows reports it: Ctrl+Alt with "@" as the key. */
const ALTGR_AT: KeySent = ['@', 'KeyQ', 81, CTRL | ALT];
/** New Stance… run from the palette: its form opens on the holder list. */
const NEW_STANCE: KeySent[] = [PALETTE, ...typing('new stance'), ENTER];

/** Waits until what has the keyboard is `name`, then for the held keys to be pressed again. */
async function settledAt(page: Page, name: RegExp | string): Promise<void> {
  await expect.poll(() => focused(page), { timeout: 10_000 }).toMatch(name);
  await page.waitForTimeout(300);
}

/** Records, in the page, the title of each dialog that shows from now on. */
async function recordDialogs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { dialogsSeen: seen });
    new MutationObserver(() => {
      for (const title of document.querySelectorAll('.lp-dialog__title'))
        if (!seen.includes(title.textContent ?? '')) seen.push(title.textContent ?? '');
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** The titles of the dialogs that showed since {@link recordDialogs}. */
function dialogsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    'dialogsSeen' in window && Array.isArray(window.dialogsSeen)
      ? window.dialogsSeen.map(String)
      : [],
  );
}

// Keys typed before a dialog or form takes the keyboard are held, then pressed again by script:
// Tab, Space and a select's letters are the browser's own work, which such keys never get.
describe('held keys move the keyboard, press buttons and choose options (Chromium)', () => {
  let opened: SeededPage;
  let cdp: CDPSession;

  beforeAll(async () => {
    opened = await openSeededPage('Held keys at controls', 'tester', { width: 1024, height: 768 });
    cdp = await opened.page.context().newCDPSession(opened.page);
  });

  // Esc until no dialog is left (a key being recorded, then the dialog).
  afterEach(async () => {
    const { page } = opened;
    for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++)
      await page.keyboard.press('Escape');
  });

  afterAll(async () => {
    await cdp?.detach();
    await opened?.close();
  });

  it('through the palette into the schema: Tab twice, then "q" lands in the first label’s key field', async () => {
    const { page } = opened;
    await caretAtStart(page);
    await recordKeysAtText(page);
    const name = () => page.locator('input[aria-label^="Name of "]').first();
    const key = () => page.locator('input[aria-label^="Key of "]').first();
    await pressAll(cdp, [PALETTE, ...typing('label schema'), ENTER, TAB, TAB, ...typing('q')]);
    await settledAt(page, /^input:Key of /);
    // The name field the dialog opened on kept its text; Tab passed the colour to the key.
    expect(await name().inputValue()).not.toBe('');
    expect(await key().inputValue()).toBe('q');
    expect(await keysAtText(page)).toEqual(['P']);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Label schema' }).waitFor({ state: 'detached' });
  });

  it('through the palette into Change Annotator: Tab then Space presses Cancel, the name kept', async () => {
    const { page } = opened;
    await caretAtStart(page);
    await recordDialogs(page);
    await pressAll(cdp, [PALETTE, ...typing('change annotator'), ENTER, TAB, SPACE]);
    // The dialog came, and Cancel, which Tab reached from the name, closed it.
    await expect.poll(() => dialogsSeen(page), { timeout: 10_000 }).toContain('Who is annotating?');
    await settledAt(page, 'div[textbox]:Document text');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.lp-header').textContent()).toMatch(/tester/);
  });

  it('Ctrl+/ then Space at once: the shortcuts dialog opens on its first button, and Space presses it', async () => {
    const { page } = opened;
    await caretAtStart(page);
    await recordKeysAtText(page);
    await pressAll(cdp, [SHORTCUTS, SPACE]);
    // Its first button is the first command's Change: pressed, it waits for the new key.
    await settledAt(page, /^button:Press the new key for /);
    await page.screenshot({ path: screenshotPath('held-keys-shortcuts-space-1024.png') });
    expect(await keysAtText(page)).toEqual(['/']);
  });

  it('D, Ctrl+F, then "a", AltGr+Q and "b" at once: the search field reads "a@b"', async () => {
    const { page } = opened;
    await caretAtStart(page);
    // Done and open the next: every key after it is held, then pressed again by script.
    await pressAll(cdp, [DONE, FIND, ...typing('a'), ALTGR_AT, ...typing('b')]);
    await settledAt(page, /^input.*:Search text$/);
    expect(await page.getByLabel('Search text', { exact: true }).inputValue()).toBe('a@b');
    await page.getByLabel('Search text', { exact: true }).fill('');
  });
});

describe('held keys choose in the stance form’s holder list (Chromium)', () => {
  let opened: SeededPage;
  let cdp: CDPSession;

  beforeAll(async () => {
    opened = await openSeededPage('Held keys in a list', 'tester', { width: 1024, height: 768 });
    cdp = await opened.page.context().newCDPSession(opened.page);
  });

  afterAll(async () => {
    await cdp?.detach();
    await opened?.close();
  });

  it('through the palette into a new stance, "pr" at once: the holder list chooses the prime minister', async () => {
    const { page } = opened;
    await selectWords(page, 'Prime Minister asked', 2);
    const said = () => page.getByTestId('span-announcement').textContent();
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span/);
    await selectWords(page, 'asked Washington', 2);
    await page.keyboard.press('8');
    await expect.poll(said).toMatch(/^QUOTE: asked Washington, span/);
    await pressAll(cdp, [...NEW_STANCE, ...typing('pr')]);
    await settledAt(page, /^select:Choose who…/);
    const holder = page.getByLabel('Holder (who)');
    // The list's choice, or what the page holds instead (said should this ever fail).
    const chosen = () =>
      page.evaluate(() => {
        const list = document.querySelector<HTMLSelectElement>(
          'form[aria-label="New stance"] select',
        );
        if (!list)
          return `no holder list; the keyboard is on ${document.activeElement?.outerHTML.slice(0, 200)}`;
        if (list.selectedIndex >= 0) return list.selectedOptions[0]?.textContent ?? '';
        const values = JSON.stringify(Array.from(list.options, (o) => o.value));
        return `nothing chosen: value "${list.value}", options ${values}`;
      });
    await expect.poll(chosen, { timeout: 5_000 }).toMatch(/^Prime Minister · /);
    await page.screenshot({ path: screenshotPath('held-keys-stance-holder-1024.png') });
    // Later (Esc) keeps the draft; opened again, Arrow Up held moves the choice back one.
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await pressAll(cdp, [...NEW_STANCE, ARROW_UP]);
    await settledAt(page, /^select:Choose who…/);
    expect(await holder.inputValue()).toBe('none');
    await page.keyboard.press('Escape');
  });
});
