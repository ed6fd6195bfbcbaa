import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './support/focusedControl';
import { focused } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { shots } from './support/themes';
import { teamWithConflicts } from './support/teamWithConflicts';

// Walked by keys alone, the sync dialog's conflicts: a pick on the second of three conflicts
// sent the keyboard back to the first, which the analyst had passed over on purpose, instead of
// on to the one after; a past layer was headed "1 span(s), in_progress", read out as stored,
// and listed its spans by label and offsets alone ("GPE [36–43]"), not their words.
describe('the sync dialog by keys: a pick goes on to the next conflict (Chromium, loupe serve)', () => {
  let opened: ProjectPage | undefined;
  let page: Page;
  const said = () => page.getByTestId('conflict-announcement').textContent();
  const dialog = () => page.getByRole('dialog', { name: 'Sync with your team' });

  beforeAll(async () => {
    const bob = await teamWithConflicts(['Abdul-Mahdi', 'Pompeo', 'Soleimani']);
    opened = await openProjectPage(bob.dir, join(bob.home, 'browser'), 'bob', {
      width: 1024,
      height: 800,
    });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  async function openSync(): Promise<void> {
    await page.getByRole('button', { name: /^Sync status: .*3 conflicts$/ }).waitFor();
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+y');
    await dialog().waitFor();
    await expect.poll(() => focused(page)).toBe('button:Keep “Bob name 0” (bob)');
  }

  it('Shift+Tab from the first choice stays in the dialog; a pick on the second conflict goes on to the third', async () => {
    await openSync();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedControl(page, '[role="dialog"]')).toMatchObject({
      name: 'button:Sync now',
      ring: true,
      inside: true,
    });
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Keep “Alice name 1” (alice)');
    await page.keyboard.press('Enter');
    await expect
      .poll(said)
      .toBe('Kept “Alice name 1” (alice) for Entity Bob name 1. 2 conflicts left.');
    // On to the conflict that took its place, not back to the first one, passed over.
    await expect.poll(() => focused(page)).toBe('button:Keep “Bob name 2” (bob)');
    expect((await focusedControl(page)).ring).toBe(true);
    // The last conflict picked: the keyboard goes to the one before it, now the last.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(said)
      .toBe('Kept “Alice name 2” (alice) for Entity Bob name 2. 1 conflict left.');
    await expect.poll(() => focused(page)).toBe('button:Keep “Bob name 0” (bob)');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
  });

  it('a past layer is headed in words and lists each span with its words', async () => {
    const heading = /^h3:bob’s layer as of .+: 1 span, in progress$/;
    const show = async (): Promise<void> => {
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Control+Shift+y');
      await dialog().waitFor();
      await dialog()
        .getByRole('button', { name: /^bob’s layer as of / })
        .focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatch(heading);
    };
    await show();
    // Each span with its words, the open text being the one the layer was made on.
    const past = dialog().getByRole('region', { name: 'Layer as of an earlier sync' });
    expect(await past.locator('li').allTextContents()).toEqual(['GPE “Baghdad” [36–43]']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await shots(page, 'sync-conflict-places', show, async () => {
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog().count()).toBe(0);
    });
  });
});
