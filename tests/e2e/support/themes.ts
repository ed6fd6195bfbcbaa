import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshotPath } from './screenshotPath';

/** Switches the window's theme by its key (Ctrl+Shift+L), as a user would. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const now = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  if ((await now()) !== theme) await page.keyboard.press('Control+Shift+l');
  await expect.poll(now).toBe(theme);
}

/** axe-core's critical and serious findings inside `css`, in the theme in force (none expected). */
export async function axeFindingsNow(page: Page, css: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(css).analyze();
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => v.id);
}

/** axe-core's critical and serious findings inside `css`, in both themes (none expected). */
export async function axeFindings(page: Page, css: string): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    for (const id of await axeFindingsNow(page, css)) found.push(`${theme}: ${id}`);
  }
  await useTheme(page, 'light');
  return found;
}

/**
 * Screenshots at 1280 and 1024 px, light and dark, of what `show` brings up (a dialog keeps
 * the theme key to itself, so the theme changes before it opens); `hide` closes it again.
 * `eachWidth`: `show` runs again at each width (what a new width moves out of view, a caret).
 */
export async function shots(
  page: Page,
  name: string,
  show: () => Promise<void> = async () => {},
  hide: () => Promise<void> = async () => {},
  eachWidth = false,
): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(page, theme);
    if (!eachWidth) await show();
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      if (eachWidth) await show();
      await page.waitForTimeout(100);
      await page.screenshot({ path: screenshotPath(`${name}-${width}-${theme}.png`) });
    }
    await hide();
  }
  await useTheme(page, 'light');
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * `shots` of a dialog: `open` brings it up (and checks what it shows), axe looks at it in each
 * theme as it opens, and Esc closes it (it must go). Returns axe's findings (none expected).
 */
export async function dialogShots(
  page: Page,
  name: string,
  open: () => Promise<void>,
  css = '.lp-dialog',
): Promise<string[]> {
  const found: string[] = [];
  const show = async (): Promise<void> => {
    await open();
    const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
    for (const id of await axeFindingsNow(page, css)) found.push(`${theme}: ${id}`);
  };
  await shots(page, name, show, () => closeDialog(page, css));
  return found;
}

/** Closes the dialog `css` by Esc, as a user would, and waits until it has gone. */
export async function closeDialog(page: Page, css = '.lp-dialog'): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator(css).count()).toBe(0);
}
