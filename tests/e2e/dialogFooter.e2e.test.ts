import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseImportFile } from './support/chooseImportFile';
import { focusedControl } from './support/focusedControl';
import { selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** The smallest window Loupe is used in. */
const SMALL = { width: 1024, height: 768 };

/**
 * Each button of the open dialog's button row that is not where the user can see it: outside
 * the window or the dialog, or under something else (`Write: below the window`).
 */
function hiddenButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLElement>('.lp-dialog');
    if (!dialog) return ['no dialog'];
    const box = dialog.getBoundingClientRect();
    const hidden: string[] = [];
    for (const button of dialog.querySelectorAll<HTMLElement>('.lp-dialog__actions button')) {
      const r = button.getBoundingClientRect();
      const name = button.textContent?.trim() ?? '';
      if (r.bottom > innerHeight || r.bottom > box.bottom) hidden.push(`${name}: below the window`);
      else if (!button.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)))
        hidden.push(`${name}: covered`);
    }
    return hidden;
  });
}

/** Whether the control with the keyboard can be seen: not under the dialog's button row. */
function focusSeen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const r = active.getBoundingClientRect();
    const at = document.elementFromPoint(r.x + Math.min(8, r.width / 2), r.y + r.height / 2);
    return active === at || active.contains(at) || !!at?.contains(active);
  });
}

/** Opens a dialog by the command palette from the text, as a keyboard user does. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('Control+Shift+p');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

/** Shots of the open dialog at 1024 × 768 under `name`, in the theme in force. */
async function shot(page: Page, name: string): Promise<void> {
  const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  await page.screenshot({ path: screenshotPath(`${name}-1024x768-${theme}.png`) });
}

// At 1024 × 768 the export dialog with a long preview, the label schema and the shortcuts list
// are taller than the window: the body scrolls and the buttons stay in view (WAI-ARIA APG
// dialog: the dialog's actions are always reachable and seen).
describe('dialogs keep their buttons in view at 1024 × 768 (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;

  beforeAll(async () => {
    project = await openSeededPage('Dialog buttons', 'lena', SMALL);
    page = project.page;
    for (const [words, key] of [
      ['Prime Minister asked', '1'],
      ['Baghdad', '3'],
      ['Iran', '3'],
    ] as const) {
      await selectWords(page, words, words === 'Baghdad' || words === 'Iran' ? 1 : 2);
      await page.keyboard.press(key);
      await page.getByRole('dialog', { name: 'Label the selection' }).waitFor({ state: 'hidden' });
    }
  });

  afterEach(async () => {
    // A failed step leaves its dialog open: close it, so the next step starts from the text.
    for (let i = 0; i < 3 && (await page.locator('.lp-dialog').count()) > 0; i++)
      await page.keyboard.press('Escape');
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the export dialog, every format: Close, Download and Write stay in view', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await runCommand(page, 'Export');
      const format = page.getByLabel('Export format');
      await format.waitFor();
      const formats = await format.evaluate((s: HTMLSelectElement) =>
        [...s.options].map((o) => o.value),
      );
      for (const value of formats) {
        await format.selectOption(value);
        // Named by format, with any refusal shown, so a failure says which format and why. lena's
        // layer has no stances, so the stance table is refused (its words stand where the
        // preview would); every other format previews.
        const refused = value === 'stance-tsv';
        await expect
          .poll(async () => ({
            value,
            counts: await page.getByTestId('export-counts').isVisible(),
            refusal: (await page.locator('.lp-dialog .lp-error').allInnerTexts()).map((t) =>
              t.includes('no stances in lena'),
            ),
          }))
          .toEqual({ value, counts: !refused, refusal: refused ? [true] : [] });
        expect({ value, hidden: await hiddenButtons(page) }).toEqual({ value, hidden: [] });
        if (value === 'hf') await shot(page, 'dialog-footer-export');
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.lp-dialog').count()).toBe(0);
    }
    await useTheme(page, 'light');
  });

  it.each([
    ['Label Schema', 'Label schema', 'dialog-footer-schema'],
    ['Keyboard Shortcuts', 'Keyboard shortcuts', 'dialog-footer-shortcuts'],
    ['Sync Status', 'Sync with your team', 'dialog-footer-sync'],
    ['Project Statistics', 'Project statistics', 'dialog-footer-stats'],
  ])(
    '%s: the buttons stay in view, and Tab never leaves a control under them',
    async (command, title, name) => {
      for (const theme of ['light', 'dark'] as const) {
        await useTheme(page, theme);
        await runCommand(page, command);
        await page.getByRole('dialog', { name: title }).waitFor();
        expect(await hiddenButtons(page)).toEqual([]);
        await shot(page, name);
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const now = await focusedControl(page, '.lp-dialog');
          expect(now.inside).toBe(true);
          expect({ at: now.name, seen: await focusSeen(page) }).toEqual({
            at: now.name,
            seen: true,
          });
          expect(await hiddenButtons(page)).toEqual([]);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.lp-dialog').count()).toBe(0);
      }
      await useTheme(page, 'light');
    },
  );

  it("Keyboard Shortcuts: each row's buttons stay on its first line, beside the command", async () => {
    await runCommand(page, 'Keyboard Shortcuts');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    // A long description wrapped the row's Change under it, away from its command.
    const dropped = await page.evaluate(() =>
      [...document.querySelectorAll('.lp-shortcuts__row')].flatMap((row) => {
        const name = row.querySelector('.lp-shortcuts__what')?.getBoundingClientRect();
        return [...row.querySelectorAll('dd button')]
          .filter((b) => name && b.getBoundingClientRect().top > name.top + 8)
          .map((b) => `${row.getAttribute('data-command')}: ${b.textContent}`);
      }),
    );
    expect(dropped).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the import dialog with its preview: Cancel and Import stay in view', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Amira met Omar on day ${i}.`);
    await chooseImportFile(
      page,
      { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) },
      /1 document/,
    );
    expect(await hiddenButtons(page)).toEqual([]);
    await shot(page, 'dialog-footer-import');
    await page.keyboard.press('Escape');
  });
});
