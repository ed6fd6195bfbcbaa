import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { shots } from './support/themes';

/** The header menus open now, by their buttons' names. */
function openMenus(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.lp-menubar__trigger[aria-expanded="true"]')]
      .map((t) => t.textContent)
      .join(','),
  );
}

// Keys that ended on the wrong control after an earlier step: a header menu opened a second
// time, a jump to a search result.
describe('keys after header menus and search results (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const labelMenu = () => page.getByRole('dialog', { name: 'Label the selection' });

  beforeAll(async () => {
    project = await openSeededPage('Keys after search and menus');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  // WAI-ARIA APG menu button: Enter, Space and ↓ on the button open the menu with the keyboard
  // on its first item, each time, not on the menu itself.
  it('each opening of a header menu by a key puts the keyboard on its first item', async () => {
    await reachPart(page, '.lp-header');
    for (let i = 0; i < 30 && (await focused(page)) !== 'button:File'; i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:File');
    for (const [round, key] of ['Enter', 'Enter', 'Space', 'ArrowDown', 'Enter'].entries()) {
      await page.keyboard.press(key);
      await expect.poll(() => openMenus(page), { message: `round ${round}` }).toBe('File');
      await expect
        .poll(() => focused(page), { message: `round ${round} (${key})` })
        .toMatch(/^div\[menuitem\]:Import…/); // its first enabled item
      await page.keyboard.press('Escape');
      await expect.poll(() => openMenus(page)).toBe('');
      await expect.poll(() => focused(page)).toBe('button:File');
    }
    // Every menu, opened again from its own button.
    for (const menu of ['Edit', 'View', 'Project', 'Help', 'Edit']) {
      while ((await focused(page)) !== `button:${menu}`) await page.keyboard.press('ArrowRight');
      for (const key of ['Enter', 'ArrowDown']) {
        await page.keyboard.press(key);
        await expect.poll(() => openMenus(page)).toBe(menu);
        await expect
          .poll(() => focusedControl(page, '[role="menu"]'), { message: `${menu} by ${key}` })
          .toMatchObject({ inside: true, name: expect.stringMatching(/^div\[menuitem\]:/) });
        await page.keyboard.press('Escape');
        await expect.poll(() => focused(page)).toBe(`button:${menu}`);
      }
    }
  });

  it('a search result jumped to shows the label menu, and Tab enters it', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Washington');
    await page.keyboard.press('Enter');
    await page.locator('.lp-kwic__hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(said)
      .toBe("Selected “Washington”: press a label's key to label it, or Tab to choose a label");
    expect(await focused(page)).toBe('div[textbox]:Document text');
    await expect.poll(() => labelMenu().isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    await page.keyboard.press('Escape'); // back to the text, the selection kept
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    // The menu keeps the theme key to itself: the theme changes from the text, then Tab enters.
    await shots(
      page,
      'label-menu-after-search',
      async () => {
        await page.keyboard.press('Tab');
        await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
      },
      async () => {
        await page.keyboard.press('Escape');
        await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
      },
    );
    await page.keyboard.press('3'); // GPE
    await expect.poll(said).toMatch(/^GPE: Washington, span \d+ of \d+$/);
    await expect.poll(() => labelMenu().isHidden()).toBe(true);
  });

  it('a search result in another document shows the label menu there too', async () => {
    await page.keyboard.press('Control+f');
    await page.keyboard.press('Enter'); // "Washington" again
    await page.locator('.lp-kwic__hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    while (!(await focused(page)).startsWith('button:001_')) await page.keyboard.press('ArrowDown');
    const before = await statuses(page);
    // D on a result in another document is not for the open one (it marked that one done).
    await page.keyboard.press('d');
    await page.keyboard.press('Enter');
    // The document that opened is said before the selection: only the text around the list changed.
    await expect
      .poll(said)
      .toMatch(
        /^Opened “[^”]+”, document \d+ of \d+\. Selected “Washington”: press a label's key to label it, or Tab to choose a label$/,
      );
    expect(await statuses(page)).toEqual(before);
    await expect.poll(() => labelMenu().isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter'); // GPE
    await expect.poll(said).toMatch(/^GPE: Washington, span \d+ of \d+$/);
    expect(await focused(page)).toBe('div[textbox]:Document text');
  });

  it("keeps single keys on another document's entry in the list to that entry", async () => {
    await reachPart(page, '.lp-side'); // on the shown tab, Search: Home shows Documents
    await page.keyboard.press('Home');
    await expect.poll(() => focused(page)).toBe('button[tab]:Documents');
    const third = await page.locator('.lp-doclist__item').nth(2).getAttribute('data-document-id');
    for (let i = 0; i < 10 && (await focusedDocument(page)) !== third; i++)
      await page.keyboard.press('Tab');
    expect(await focusedDocument(page)).toBe(third);
    const before = await statuses(page);
    for (const key of ['d', 'e', '1']) await page.keyboard.press(key);
    await page.keyboard.press('Enter'); // opens it, as a button does
    await expect.poll(said).toMatch(/^Opened “[^”]+”, document 3 of \d+/);
    expect(await statuses(page)).toEqual(before);
    // The open document's own entry acts on its text: D marks it done (and opens the next).
    await page.keyboard.press('d');
    await expect.poll(async () => (await statuses(page))[2]).toBe('done');
    await expect.poll(said).toMatch(/^Marked “[^”]+” done; opened “[^”]+”, document 4 of \d+$/);
  });
});

/** Each document's status in the list, in order. */
function statuses(page: Page): Promise<string[]> {
  return page.locator('.lp-doclist__item .lp-status').allTextContents();
}

/** The document whose entry in the list has the keyboard, if one has. */
function focusedDocument(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-document-id') ?? null);
}

// A piece of news (an entity linked, an undo) is said once: the span it was about, met again
// later, is said as a span, not with the old news.
describe('news is said once, then a span met again says the span (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    project = await openSeededPage('News said once');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('a span linked to a new entity, left and reached again, is said as a span', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1'); // PERSON
    await expect.poll(said).toBe('PERSON: Prime Minister, span 1 of 1');
    await selectWords(page, 'Washington to draw', 1);
    await page.keyboard.press('3'); // GPE
    await expect.poll(said).toBe('GPE: Washington, span 2 of 2');
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.locator('.lp-picker').getByRole('option').first().waitFor();
    await page.keyboard.press('Enter'); // a new entity, Washington
    await expect.poll(said).toBe('Linked GPE “Washington” to a new entity, Washington');
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(said).toBe('PERSON: Prime Minister, span 1 of 2');
    await page.keyboard.press('Tab');
    await expect.poll(said).toBe('GPE: Washington, span 2 of 2');
    // Esc selects nothing; Tab, Tab come round to it again.
    await page.keyboard.press('Escape');
    await expect.poll(said).toBe('');
    await page.keyboard.press('Tab');
    await expect.poll(said).toBe('PERSON: Prime Minister, span 1 of 2');
    await page.keyboard.press('Tab');
    await expect.poll(said).toBe('GPE: Washington, span 2 of 2');
  });
});
