import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focusedControl } from './support/focusedControl';
import { focusLost, watchFocusLost } from './support/focusLost';
import { focused, reachPart } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { recordToasts } from './support/recordToasts';
import { screenshotPath } from './support/screenshotPath';
import { axeFindingsNow, shots, useTheme } from './support/themes';
import { startTeam } from '../node/sync/team';
import { teamWithConflicts } from './support/teamWithConflicts';

/** The sync state in the header ("Synced just now", or minutes ago on a slow run). */
const INDICATOR = /^button:Sync status: Synced [^,]+, ↑0 ↓0, 2 conflicts$/;

// The sync dialog's conflicts by keyboard alone, against a bare git remote: a pick took the
// button that had the keyboard away with its conflict, and left the keyboard on the dialog
// itself with nothing said; now the pick is said and the keyboard goes to the next conflict.
describe('the sync dialog’s conflicts by keyboard alone (Chromium, loupe serve)', () => {
  let opened: ProjectPage | undefined;
  let page: Page;
  let toasts: () => Promise<string[]>;
  const said = () => page.getByTestId('conflict-announcement').textContent();

  beforeAll(async () => {
    const bob = await teamWithConflicts(['Abdul-Mahdi', 'Pompeo']);
    opened = await openProjectPage(bob.dir, join(bob.home, 'browser'), 'bob', {
      width: 1024,
      height: 800,
    });
    page = opened.page;
    toasts = await recordToasts(page);
  });

  afterAll(async () => {
    await opened?.close();
  });

  /** From the header, Tab to the sync state and open the dialog with Enter. */
  async function openSync(): Promise<void> {
    // The sync state comes after the page is drawn: walk to it once it is there.
    await page.getByRole('button', { name: /^Sync status: .*2 conflicts$/ }).waitFor();
    await reachPart(page, '[data-region="header"]');
    for (let i = 0; i < 10 && !INDICATOR.test(await focused(page)); i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(INDICATOR);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Sync with your team' }).waitFor();
    await expect.poll(() => focused(page)).toBe('button:Keep “Bob name 0” (bob)');
  }

  it('opens on the first choice, Tab goes through every choice and stays in the dialog, axe finds nothing', async () => {
    const found: string[] = [];
    await shots(
      page,
      'sync-conflicts-keyboard',
      async () => {
        await openSync();
        found.push(...(await axeFindingsNow(page, '[role="dialog"]')));
      },
      async () => {
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      },
    );
    expect(found).toEqual([]);
    await openSync();
    const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
    expect(await dialog.getAttribute('aria-describedby')).toBe('lp-sync-summary');
    // Each conflict's choices are a group named by what is in conflict.
    const group = dialog.getByRole('group', { name: /^Entity Bob name 1 name, was \S/ });
    expect(await group.getByRole('button').count()).toBe(2);
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      const control = await focusedControl(page, '[role="dialog"]');
      expect(control).toMatchObject({ ring: true, inside: true });
      order.push(control.name);
    }
    expect(order).toEqual([
      'button:Keep “Alice name 0” (alice)',
      'button:Keep “Bob name 1” (bob)',
      'button:Keep “Alice name 1” (alice)',
      expect.stringMatching(/^button:bob’s layer as of /),
      'button:Close',
      'button:Sync now',
      'button:Keep “Bob name 0” (bob)',
    ]);
  });

  it('a pick is said and the keyboard goes on to the next conflict, then to Sync now; Esc goes back', async () => {
    await page.keyboard.press('Tab'); // Keep “Alice name 0”
    await page.keyboard.press('Enter');
    await expect
      .poll(said)
      .toBe('Kept “Alice name 0” (alice) for Entity Bob name 0. 1 conflict left.');
    await expect.poll(() => focused(page)).toBe('button:Keep “Bob name 1” (bob)');
    expect((await focusedControl(page)).ring).toBe(true);
    await page.keyboard.press('Space');
    await expect
      .poll(said)
      .toBe('Kept “Bob name 1” (bob) for Entity Bob name 1. No conflicts left.');
    await expect.poll(() => focused(page)).toBe('button:Sync now');
    expect(await page.getByRole('dialog').getByText('No conflicts.').count()).toBe(1);
    const names = await callApi<{ name: string }[]>(opened!.server, 'listEntities', {});
    expect(names.map((e) => e.name).sort()).toEqual(['Alice name 0', 'Bob name 1']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toMatch(/^button:Sync status: /);
  });

  it('a past layer asked for from the history is where the keyboard goes, and stays there as the dialog reloads', async () => {
    const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
    const past = dialog.getByRole('region', { name: 'Layer as of an earlier sync' });
    const view = dialog.getByRole('button', { name: /^bob’s layer as of / });
    const heading = /^h3:bob’s layer as of .+: 1 span, /;
    const historyReloaded = () =>
      page.waitForResponse((r) => r.url().endsWith('/api/documentHistory'));
    // Asked for at once, while the history the dialog reloads as it opens is on its way: its
    // answer closed the layer and took the keyboard with it.
    let reloaded = historyReloaded();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await view.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(heading);
    await reloaded;
    await page.waitForTimeout(200); // the answer drawn
    expect(await focused(page)).toMatch(heading);
    expect(await focusedControl(page, '[role="dialog"]')).toMatchObject({
      ring: true,
      inside: true,
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Opened again, the layer is still there once the history is reloaded.
    reloaded = historyReloaded();
    await page.keyboard.press('Enter');
    await reloaded;
    await page.waitForTimeout(200);
    expect(await past.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await shots(
      page,
      'sync-past-layer-keyboard',
      async () => {
        await page.keyboard.press('Enter');
        await view.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toMatch(heading);
      },
      async () => {
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      },
    );
    // No call of the dialog failed along the way (an error toast said nothing was saved).
    expect(await toasts()).toEqual([]);
  });
  it('Sync now pressed by keys keeps the keyboard while it runs and after, and says what it did', async () => {
    await reachPart(page, '[data-region="header"]');
    for (let i = 0; i < 10 && !/^button:Sync status: /.test(await focused(page)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
    await dialog.waitFor();
    const button = dialog.getByRole('button', { name: /^Sync(ing…| now)$/ });
    for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    // Each moment the keyboard was on the page itself, from the press until the sync is done.
    await watchFocusLost(page);
    const before = (await toasts()).length;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await toasts()).length).toBeGreaterThan(before);
    await expect.poll(() => button.textContent()).toBe('Sync now');
    await page.waitForTimeout(200);
    expect(await focusLost(page)).toEqual([]);
    expect(await focused(page)).toBe('button:Sync now');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });
});

// A remote gone (the shared drive unplugged) was said as "Nothing was saved: cannot reach the
// remote … Free some space or check the folder’s permissions": false (the work is kept in the
// project) and the wrong way to look.
describe('a sync whose remote is gone, by keyboard (Chromium, loupe serve)', () => {
  let opened: ProjectPage | undefined;
  let page: Page;

  beforeAll(async () => {
    const { remote, members } = await startTeam(['alice']);
    const alice = members[0]!;
    await alice.wb.close();
    rmSync(remote, { recursive: true, force: true });
    opened = await openProjectPage(alice.dir, join(alice.home, 'browser'), 'alice', {
      width: 1024,
      height: 768,
    });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('Sync now says the remote cannot be reached and what to check; the keyboard stays, Esc goes back', async () => {
    const said = new RegExp(
      '^Cannot reach the remote .*team\\.git: no git repository there.*Check the remote’s address or your connection, then sync again\\.$',
    );
    // Themes are switched with the dialog closed: Ctrl+Shift+L is the window's, not the dialog's.
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Control+Shift+y');
      const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
      await dialog.waitFor();
      const button = dialog.getByRole('button', { name: /^Sync(ing…| now)$/ });
      for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => button.textContent()).toBe('Sync now');
      const alert = dialog.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(said);
      expect(await alert.textContent()).not.toMatch(/Nothing was saved|Free some space/);
      // Counts in words: "0 commits to send", never "0 commit(s)".
      expect(await page.locator('#lp-sync-summary').textContent()).toMatch(
        /Last synced .*\. 0 commits to send, 0 to bring in\.$/,
      );
      expect(await focused(page)).toBe('button:Sync now');
      expect(await axeFindingsNow(page, '.lp-dialog'), theme).toEqual([]);
      await page.screenshot({ path: screenshotPath(`sync-remote-gone-1024-${theme}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
      // The header said "Synced just now" after the failure, as if it had gone through.
      const header = page.getByRole('button', { name: /^Sync status: / });
      expect(await header.getAttribute('aria-label')).toMatch(
        /^Sync status: Sync failed \(last synced [^)]+\), ↑0 ↓0$/,
      );
      expect(await header.textContent()).toMatch(/^Sync failed \(last synced [^)]+\) · ↑0 ↓0$/);
      // In the alarm's colour (the header's own button colour hid it, as it hid conflicts).
      expect(await header.evaluate((b) => getComputedStyle(b).color)).toBe('rgb(255, 138, 122)');
      expect(await axeFindingsNow(page, '[data-region="header"]'), theme).toEqual([]);
      await page.screenshot({ path: screenshotPath(`sync-failed-header-1024-${theme}.png`) });
    }
    await useTheme(page, 'light');
  });
});
