import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast } from '../helpers/contrast';
import { focused, reachPart } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { axeFindingsNow, useTheme } from './support/themes';

interface Highlighted {
  readonly name: string;
  readonly ink: string;
  readonly ground: string;
  readonly menu: string;
  /** The key's ink as drawn (its opacity over the highlight), when the item has a key. */
  readonly keyInk: string | null;
  readonly keyGround: string;
}

/** The highlighted item of the open menu: its ink, its ground and the menu's. */
function highlighted(page: Page): Promise<Highlighted> {
  return page.locator('[role="menuitem"][data-highlighted]').evaluate((item) => {
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
    const style = getComputedStyle(item);
    const keys = item.querySelector('kbd');
    let keyInk: string | null = null;
    let keyGround = style.backgroundColor;
    if (keys) {
      const k = getComputedStyle(keys);
      // Its own ground where it paints one, else the highlight's.
      const own = rgb(k.backgroundColor);
      const under = own.length === 4 && own[3] === 0 ? style.backgroundColor : k.backgroundColor;
      keyGround = under;
      const [fg, bg, a] = [rgb(k.color), rgb(under), Number(k.opacity)];
      keyInk = `rgb(${fg.slice(0, 3).map((c, i) => Math.round(c * a + bg[i]! * (1 - a)))})`;
    }
    return {
      name: item.textContent ?? '',
      ink: style.color,
      ground: style.backgroundColor,
      menu: getComputedStyle(item.closest('[role="menu"]')!).backgroundColor,
      keyInk,
      keyGround,
    };
  });
}

// The Project menu's highlighted item was white on the dark theme's light blue accent, 2.5:1:
// its name could hardly be read where the keyboard was. Each item the arrows reach now reads at
// 4.5:1 or more (its key too), and the highlight stands at 3:1 or more from the menu, in both themes.
describe('the Project menu’s highlighted item in light and dark (Chromium, loupe serve)', () => {
  let project: SeededPage;
  let page: Page;

  beforeAll(async () => {
    project = await openSeededPage('Menu contrast');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('reads at 4.5:1 and stands out at 3:1, every item, both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.locator('.ProseMirror').focus();
      await reachPart(page, '[data-region="header"]');
      for (let i = 0; i < 10 && (await focused(page)) !== 'button:Project'; i++)
        await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button:Project');
      await page.keyboard.press('Enter');
      await page.getByRole('menu').waitFor();
      // Down the menu by the arrows, item by item, to its last (the arrows stop there).
      const faint: string[] = [];
      const seen: string[] = [];
      for (let i = 0; i < 30; i++) {
        await expect
          .poll(() => page.locator('[role="menuitem"][data-highlighted]').count())
          .toBe(1);
        const h = await highlighted(page);
        if (seen.includes(h.name)) break;
        seen.push(h.name);
        if (contrast(h.ink, h.ground) < 4.5) faint.push(`${h.name}: ${h.ink} on ${h.ground}`);
        if (h.keyInk && contrast(h.keyInk, h.keyGround) < 4.5)
          faint.push(`${h.name} key: ${h.keyInk} on ${h.keyGround}`);
        if (contrast(h.ground, h.menu) < 3) faint.push(`${h.name}: ${h.ground} in ${h.menu}`);
        if (i === 0)
          await page.screenshot({ path: screenshotPath(`project-menu-1024-${theme}.png`) });
        await page.keyboard.press('ArrowDown');
      }
      expect(seen.length).toBeGreaterThan(3);
      expect(faint, theme).toEqual([]);
      expect(await axeFindingsNow(page, '[role="menu"]'), theme).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
      await expect.poll(() => focused(page)).toBe('button:Project');
    }
    await useTheme(page, 'light');
  });
});
