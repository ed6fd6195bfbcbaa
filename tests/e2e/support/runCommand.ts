import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Runs a command from the command palette by keys: Ctrl+Shift+P, `typed`, and Enter once the
 * palette lists that one command (`title`), so Enter cannot take another.
 * @example await runCommand(page, 'stance map', 'Stance Map')
 */
export async function runCommand(page: Page, typed: string, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.waitFor();
  await page.keyboard.type(typed);
  await expect.poll(() => palette.locator('.lp-palette__title').allTextContents()).toEqual([title]);
  await page.keyboard.press('Enter');
}
