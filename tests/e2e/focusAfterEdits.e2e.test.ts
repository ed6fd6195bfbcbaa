import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, reachPart, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { axeFindingsNow, shots } from './support/themes';

const TEXT = 'div[textbox]:Document text';

/** Tab until `name` has the keyboard, at most `most` presses. */
async function tabTo(page: Page, name: string, most = 15): Promise<void> {
  for (let i = 0; i < most && (await focused(page)) !== name; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(name);
}

// Found walking the app by keyboard alone: a control that went away with an edit it made left the
// keyboard on the page (the next Tab starting from the top): the span's details built afresh
// when its note was saved, a toast closed with the keyboard on it, and a shortcut's Reset.
describe('the keyboard stays put when an edit takes its control away (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Focus after edits');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  const toast = () => page.locator('.lp-toast');

  /**
   * Suggests from the text (Ctrl+Shift+G: a toast says how many, or why not), then Tabs on to
   * the toast's Dismiss; answers what had the keyboard before it.
   */
  async function toToast(): Promise<string> {
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Control+Shift+g');
    await toast().waitFor({ timeout: 60_000 });
    let before = await focused(page);
    for (let i = 0; i < 20 && (await focused(page)) !== 'button:Dismiss'; i++) {
      before = await focused(page);
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toBe('button:Dismiss');
    return before;
  }

  it('a toast gone by its timer with the keyboard on it gives the keyboard back; to the text when that cannot take it', async () => {
    // No span yet: the toast says there is nothing to learn from.
    const before = await toToast();
    expect(before).not.toBe('body');
    await expect.poll(() => toast().count(), { timeout: 15_000 }).toBe(0); // its 8 s
    await expect.poll(() => focused(page)).toBe(before);

    // What had the keyboard can no longer take it as the toast goes (inert): the text takes it.
    expect(await toToast()).toBe(before);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(before);
    await page.evaluate(() => document.activeElement?.setAttribute('data-before-toast', ''));
    await page.keyboard.press('Tab');
    const control = page.locator('[data-before-toast]');
    await control.evaluate((element) => element.setAttribute('inert', ''));
    await page.keyboard.press('Enter');
    await expect.poll(() => toast().count()).toBe(0);
    await expect.poll(() => focused(page)).toBe(TEXT);
    await control.evaluate((element) => element.removeAttribute('inert'));
  });

  it('a span’s note saved by leaving the field (Tab) or by Ctrl+Enter keeps the keyboard in the details', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span/);
    await page.getByLabel('Note').waitFor(); // the span's details, shown once it is saved
    await reachPart(page, '[data-region="details"]');
    await tabTo(page, 'textarea:Note');
    await page.keyboard.type('hello');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByLabel('Note').inputValue()).toBe('hello');
    await page.waitForTimeout(500); // the saved span comes back from the host
    await expect.poll(() => focused(page)).toMatch(/^button:Link to entity…/);

    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('textarea:Note');
    await page.keyboard.press('End');
    await page.keyboard.type(' again');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(500);
    await expect.poll(() => focused(page)).toBe('textarea:Note');
    expect(await page.getByLabel('Note').inputValue()).toBe('hello again');
    // The next key still types into the note.
    await page.keyboard.type('!');
    expect(await page.getByLabel('Note').inputValue()).toBe('hello again!');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatch(/^button:Link to entity…/);
  });

  it('Dismiss on the toast of a suggest gives the keyboard back to the control before it', async () => {
    const before = await toToast(); // the span labelled above: the learner suggests
    expect(await toast().textContent()).toMatch(/^Suggested 1 span in/);
    expect(await axeFindingsNow(page, '.lp-toast')).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => toast().count()).toBe(0);
    await expect.poll(() => focused(page)).toBe(before);
  });

  it('Reset in the shortcuts dialog gives the keyboard to its row’s Change, and rebind and reset are said', async () => {
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const news = dialog.getByTestId('shortcuts-announcement');
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Control+/');
    await dialog.waitFor();
    await tabTo(page, 'button:Change the key of Redo', 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button:Press the new key for Redo');
    await page.keyboard.press('Control+Alt+k');
    await expect
      .poll(() => dialog.locator('[data-command="redo"] dt').textContent())
      .toBe('Ctrl+Alt+K');
    await expect.poll(() => news.textContent()).toBe('Redo: Ctrl+Alt+K');
    await expect.poll(() => focused(page)).toBe('button:Change the key of Redo');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Reset the key of Redo');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.locator('[data-command="redo"] dt').textContent())
      .toBe('Ctrl+Shift+ZCtrl+Y');
    await page.waitForTimeout(300);
    await expect.poll(() => focused(page)).toBe('button:Change the key of Redo');
    await expect.poll(() => news.textContent()).toBe('Redo: reset to Ctrl+Shift+Z, Ctrl+Y');
    expect(await axeFindingsNow(page, '.lp-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Opened again, the dialog does not say the last change again.
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Control+/');
    await dialog.waitFor();
    expect(await news.textContent()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await shots(
      page,
      'shortcuts-after-reset',
      async () => {
        await page.locator('.lp-reading .ProseMirror').focus();
        await page.keyboard.press('Control+/');
        await dialog.waitFor();
        await dialog.getByRole('button', { name: 'Change the key of Redo' }).focus();
      },
      () => page.keyboard.press('Escape'),
    );
  });

  it('F6 at once after a label key reaches the new span’s details, not the page', async () => {
    for (const [round, needle] of ['Washington to draw', 'road map', 'BAGDAD'].entries()) {
      await page.keyboard.press('Escape');
      await selectWords(page, needle, 1);
      // No wait: the document's panel still stands where the span's details will be.
      await page.keyboard.press('3');
      await page.keyboard.press('F6');
      await page.getByLabel('Note').waitFor();
      await page.waitForTimeout(300);
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        return (
          active?.closest('[data-region="details"]')?.getAttribute('aria-label') ?? active?.tagName
        );
      });
      expect(where, `round ${round}`).toBe('Inspector');
      await reachPart(page, '.lp-reading');
    }
  });
});
