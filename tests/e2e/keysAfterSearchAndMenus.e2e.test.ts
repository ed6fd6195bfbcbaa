import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';

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
});
