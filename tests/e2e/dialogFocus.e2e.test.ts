import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { focusedControl } from './support/focusedControl';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindings, shots } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');

/** The name of what has the keyboard (`button:Schema`, `div[textbox]:Document text`). */
async function focused(page: Page): Promise<string> {
  return (await focusedControl(page)).name;
}

/** From the text, Tab on through the header until the button `name` has the keyboard. */
async function reachHeaderButton(page: Page, name: string): Promise<void> {
  // F6 moves from part to part of the window (list, text, details, header).
  for (let i = 0; i < 5 && !(await focusedControl(page, '.lp-header')).inside; i++)
    await page.keyboard.press('F6');
  for (let i = 0; i < 30 && (await focused(page)) !== name; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(name);
}

/** Waits for the dialog `title` to be open and to have the keyboard. */
async function dialogHasKeyboard(page: Page, title: string): Promise<void> {
  await page.getByRole('dialog', { name: title }).waitFor();
  await expect.poll(async () => (await focusedControl(page, '[role="dialog"]')).inside).toBe(true);
}

/** Waits for every dialog to be gone. */
async function noDialog(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[role="dialog"]:visible').count()).toBe(0);
}

// WAI-ARIA APG dialog pattern: a dialog keeps the keyboard while open and, however it closes,
// gives it back to the control that opened it; to the text when that control is gone.
describe('dialogs give the keyboard back to what opened them (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-dialog-focus-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    await createProject(dir, { name: 'Dialog focus', seedsDir: seeds });
    // Wide enough for every header button (a narrower window keeps some in the menus).
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1400, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it.each([
    ['button:Schema', 'Label schema', 'Close'],
    ['button:Stance map', 'Stance map', 'Close'],
    ['button:Import', 'Import annotations', 'Cancel'],
    ['button:Export', 'Export a dataset', 'Close'],
    ['button:lena', 'Who is annotating?', 'Cancel'],
  ])(
    '%s: Esc and its %s button both give the keyboard back to it',
    async (opener, title, close) => {
      for (const how of ['Escape', close]) {
        await reachHeaderButton(page, opener);
        await page.keyboard.press('Enter');
        await dialogHasKeyboard(page, title);
        if (how === 'Escape') await page.keyboard.press('Escape');
        else
          await page
            .getByRole('dialog')
            .getByRole('button', { name: how, exact: true })
            .press('Enter');
        await noDialog(page);
        await expect.poll(() => focused(page)).toBe(opener);
        expect((await focusedControl(page)).ring).toBe(true);
      }
    },
  );

  it.each(['button:Schema', 'button:Import', 'button:lena'])(
    '%s: Tab pressed at once after Esc goes on from it, not from the page start',
    async (opener) => {
      await reachHeaderButton(page, opener);
      await page.keyboard.press('Tab');
      const next = await focused(page);
      for (let round = 0; round < 4; round++) {
        await page.keyboard.press('Shift+Tab');
        expect(await focused(page)).toBe(opener);
        await page.keyboard.press('Enter');
        await page.locator('.lp-dialog').waitFor();
        await expect
          .poll(async () => (await focusedControl(page, '[role="dialog"]')).inside)
          .toBe(true);
        // No wait between the keys: the dialog gives the keyboard back before the next one.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Tab');
        await noDialog(page);
        expect(await focused(page), `round ${round}`).toBe(next);
      }
    },
  );

  it('keeps the keyboard inside while open: Tab and Shift+Tab go round the dialog', async () => {
    await reachHeaderButton(page, 'button:Schema');
    await page.keyboard.press('Enter');
    await dialogHasKeyboard(page, 'Label schema');
    for (const key of [...Array<string>(30).fill('Tab'), ...Array<string>(10).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      expect((await focusedControl(page, '[role="dialog"]')).inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Schema');
  });

  it('a menu item opens a dialog: the keyboard goes back to the menu button', async () => {
    await reachHeaderButton(page, 'button:File');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // to Help
    expect(await focused(page)).toBe('button:Help');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: /About/ }).waitFor();
    while (!(await focused(page)).includes('About')) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialogHasKeyboard(page, 'Loupe');
    await page.keyboard.press('Escape');
    await noDialog(page);
    await expect.poll(() => focused(page)).toBe('button:Help');
  });

  it('a menu closed with Esc: Tab pressed at once goes on from its button', async () => {
    await reachHeaderButton(page, 'button:Help');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    for (let round = 0; round < 4; round++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('button:Help');
      await page.keyboard.press('Enter');
      await page.getByRole('menu').waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
      expect(await focused(page), `round ${round}`).toBe(next);
    }
  });

  it('the command palette hands its opener on to the dialog it opens', async () => {
    await reachHeaderButton(page, 'button:Schema');
    await page.keyboard.press('Control+Shift+p');
    await dialogHasKeyboard(page, 'Command palette');
    await page.keyboard.type('Keyboard shortcuts');
    await page.keyboard.press('Enter');
    await dialogHasKeyboard(page, 'Keyboard shortcuts');
    await page.keyboard.press('Escape');
    await noDialog(page);
    await expect.poll(() => focused(page)).toBe('button:Schema');
  });

  it('a dialog opened from the text gives the keyboard back to the text', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    const text = await focused(page);
    expect(text).toContain('Document text');
    await page.keyboard.press('Control+/');
    await dialogHasKeyboard(page, 'Keyboard shortcuts');
    await page.keyboard.press('Escape');
    await noDialog(page);
    await expect.poll(() => focused(page)).toBe(text);
  });

  it('a click in the text as the dialog goes keeps the keyboard there', async () => {
    await reachHeaderButton(page, 'button:Schema');
    await page.keyboard.press('Enter');
    await dialogHasKeyboard(page, 'Label schema');
    // The person's click lands the moment the dialog leaves the page, before the dialog's
    // deferred return of the keyboard to its opener.
    await page.evaluate(() => {
      const watcher = new MutationObserver(() => {
        if (document.querySelector('.lp-dialog')) return;
        watcher.disconnect();
        document.querySelector<HTMLElement>('.ProseMirror')?.focus();
      });
      watcher.observe(document.body, { childList: true, subtree: true });
    });
    await page.keyboard.press('Escape');
    await noDialog(page);
    // Long enough for the deferred return to have run.
    await page.waitForTimeout(200);
    expect(await focused(page)).toContain('Document text');
  });

  it('shows the ring on the opener it returns to (screenshots) and passes axe', async () => {
    const back = async (): Promise<void> => {
      await reachHeaderButton(page, 'button:lena');
      await page.keyboard.press('Enter');
      await dialogHasKeyboard(page, 'Who is annotating?');
      await page.keyboard.press('Escape');
      await noDialog(page);
      await expect.poll(() => focused(page)).toBe('button:lena');
    };
    await shots(page, 'dialog-focus-returned', back);
    expect(await axeFindings(page, '.lp-header')).toEqual([]);
  });
});
