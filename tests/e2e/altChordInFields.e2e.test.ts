import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';

// A command rebound to an Alt chord (no Ctrl or Cmd) did nothing while the keyboard was in a
// text field that keeps its keys (the search field): the field kept Alt+J, which types nothing
// there on Linux or Windows. It now reaches the window; the field's own keys stay the field's.
describe('a command rebound to an Alt chord, pressed in a text field (Chromium, loupe serve)', () => {
  let project: SeededPage;
  let page: Page;
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'light');

  beforeAll(async () => {
    project = await openSeededPage('Alt chords in fields');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('runs the command from the search field, and the field keeps what was typed', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Change the key of Dark / Light Theme' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+j');
    const row = dialog.locator('[data-command="toggleTheme"] dt');
    await expect.poll(() => row.textContent()).toBe('Alt+J');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Alt+j');
    await expect.poll(theme).toBe('dark');

    await page.keyboard.press('Control+f');
    const field = page.getByLabel('Search text');
    await expect.poll(() => focused(page)).toMatch(/Search text/);
    await page.keyboard.type('Iraq j');
    await page.keyboard.press('Alt+j');
    await expect.poll(theme).toBe('light');
    await page.keyboard.press('Alt+j');
    await expect.poll(theme).toBe('dark');
    // Single keys stay the field's: J was typed, not run; the keyboard is still in the field.
    expect(await field.inputValue()).toBe('Iraq j');
    expect(await focused(page)).toMatch(/Search text/);
  });
});
