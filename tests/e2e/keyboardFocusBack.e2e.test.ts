import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { shots } from './support/themes';

const TEXT = 'div[textbox]:Document text';

/** Runs a command by its name from the command palette (Ctrl+Shift+P), as a keyboard user would. */
async function fromPalette(page: Page, command: string): Promise<void> {
  await page.keyboard.press('Control+Shift+p');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

// Found walking the app by keyboard alone: a dialog closed while text was selected left the
// keyboard on the page, the label menu of that text stayed over a full view, came back after
// Esc with the theme key, and stayed where it was when the text moved under it.
describe('selected text, its label menu and the keyboard around dialogs, views and reflows (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const menu = () => page.getByRole('dialog', { name: 'Label the selection' });

  beforeAll(async () => {
    project = await openSeededPage('Focus back');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('a dialog opened with text selected gives the keyboard back to the text as it closes', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await menu().waitFor();
    for (const command of ['About Loupe', 'Project Statistics', 'Keyboard Shortcuts']) {
      await fromPalette(page, command);
      await page.locator('.lp-dialog').waitFor();
      await page.keyboard.press('Escape');
      await expect
        .poll(async () => `${command}: ${await focused(page)}`)
        .toBe(`${command}: ${TEXT}`);
    }
    // The selection is kept, its menu beside it.
    expect(await menu().isVisible()).toBe(true);
  });

  it('the label menu of selected text is not shown over the agreement view', async () => {
    await selectWords(page, 'Washington to draw', 1);
    await menu().waitFor();
    await fromPalette(page, 'Agreement');
    await page.getByRole('heading', { name: 'Agreement' }).waitFor();
    await expect.poll(() => menu().isVisible()).toBe(false);
    await shots(page, 'agreement-over-selected-text');
    await expect.poll(() => menu().isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
  });

  it('a selection cleared with Esc stays cleared through a shortcut with Shift (the theme key)', async () => {
    await selectWords(page, 'American troops', 1);
    await menu().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().isVisible()).toBe(false);
    for (const keys of ['Control+Shift+l', 'Control+Shift+l']) {
      await page.keyboard.press(keys);
      await page.waitForTimeout(300);
      expect(await menu().isVisible(), keys).toBe(false);
    }
    expect(await focused(page)).toBe(TEXT);
  });

  it('the label menu stays beside the selection when the text reflows (a panel hidden, the window resized)', async () => {
    /**
     * How far the menu's top is below the selection; whether it starts at the selection's left
     * edge or, where the text's column has no room for it there, is moved left within the column
     * (still under the selection's start); and whether it is all on screen.
     */
    const placement = () =>
      page.evaluate(() => {
        const range = getSelection()!.getRangeAt(0).getBoundingClientRect();
        const menu = document.querySelector('.lp-labelmenu')!.getBoundingClientRect();
        const column = document
          .querySelector('.lp-reading')!
          .parentElement!.getBoundingClientRect();
        const atStart = Math.round(Math.abs(menu.left - range.left)) === 0;
        const movedIn = menu.left < range.left && Math.round(column.right - 8 - menu.right) === 0;
        return {
          dy: Math.round(menu.top - range.bottom),
          under: atStart || movedIn,
          onScreen: menu.left >= 0 && menu.right <= innerWidth && menu.bottom <= innerHeight,
        };
      });
    const beside = { dy: 6, under: true, onScreen: true };
    await selectWords(page, 'Department of State', 3);
    await menu().waitFor();
    await expect.poll(placement).toEqual(beside);
    await page.keyboard.press('Control+b'); // the side panel hides: the text moves left
    await expect.poll(placement).toEqual(beside);
    await page.keyboard.press('Control+b');
    await expect.poll(placement).toEqual(beside);
    // With the keyboard in the menu, the window resized.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button[menuitem]:PERSON');
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(placement).toEqual(beside);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
  });
});
