import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomicWrite, createProject, stableStringify } from '../../src/node';
import { launchBrowser } from './support/launchBrowser';
import { selectText } from './support/selectText';
import { serveProject, type ServedProject } from './support/serveProject';
import { screenshotPath } from './support/screenshotPath';
import { layerBytesNow } from '../helpers/layerFilesNow';

/** The theme in the user's settings file, if it has one yet. */
function settingsTheme(home: string): unknown {
  const file = join(home, 'settings.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).theme : undefined;
}

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';

describe('the shell in the browser host: menus, theme, save state, one writer per project', () => {
  let browser: Browser;
  let server: ServedProject;
  let second: ServedProject | undefined;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-shell-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'Iraq troop withdrawal', seedsDir: seeds });
    server = await serveProject(dir, home);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await browser?.close();
    await second?.stop();
    await server?.stop();
  });

  it('shows the save state in the title and settles on Saved after an edit', async () => {
    await page.goto(server.url);
    await page.getByLabel('Annotator name').fill('tester');
    await page.keyboard.press('Enter');
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    await expect.poll(() => page.title()).toBe('Iraq troop withdrawal — Saved — Loupe');
    await selectText(page, 'Mike Pompeo');
    await page.keyboard.press('1');
    await page.locator('.lp-span').first().waitFor();
    await expect.poll(() => page.title()).toBe('Iraq troop withdrawal — Saved — Loupe');
    // The span may be drawn before its answer (drawn unsaved): the badge settles on Saved.
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
    expect(existsSync(join(dir, 'annotations', 'tester', `${DOC}.json`))).toBe(true);
  });

  it('has the desktop menus as a menu bar; project switching is left to the desktop app', async () => {
    await page.getByRole('button', { name: 'File' }).click();
    await expect
      .poll(() => page.getByRole('menuitem').allTextContents())
      .toEqual([
        'New Project…',
        'Open Project…',
        'Open Recent',
        'Import…Ctrl+I', // the menu shows each command's key from the registry

        'Export…',
        'Close Project',
      ]);
    expect(
      await page.getByRole('menuitem', { name: 'Open Project…' }).getAttribute('data-disabled'),
    ).toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'View' }).click();
    await page.getByRole('menuitem', { name: /Toggle Side Panel/ }).waitFor();
    await page.screenshot({ path: screenshotPath('shell-menu.png') });
    await page.getByRole('menuitem', { name: /Dark \/ Light Theme/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.lp-side') as Element).backgroundColor,
    );
    expect(background).toBe('rgb(29, 33, 39)');
    await page.screenshot({ path: screenshotPath('shell-dark.png') });
  });

  it('toggles panels and the theme from the keyboard, and lists the shortcuts', async () => {
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+B');
    await expect.poll(() => page.locator('.lp-side').isVisible()).toBe(false);
    await page.keyboard.press('Control+B');
    await expect.poll(() => page.locator('.lp-side').isVisible()).toBe(true);
    await page.keyboard.press('Control+Shift+L');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    // the choice is in the user's settings before the window reloads
    await expect.poll(() => settingsTheme(home)).toBe('light');
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: /Keyboard Shortcuts/ }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain(
      'mark done, open the next document',
    );
    await page.keyboard.press('Escape');
  });

  it('opens a menu and a dialog that load when first used, by keyboard: each takes the focus once shown', async () => {
    await page.reload(); // a fresh window: neither the menus nor the shortcuts dialog are loaded yet
    await page.locator('.ProseMirror').waitFor();
    await page.locator('.lp-menubar').getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('role'));
    await expect.poll(focused).toBe('menuitem');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.screenshot({ path: screenshotPath('shell-shortcuts-by-key.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('rereads files a teammate changed when the window regains focus', async () => {
    const entity = {
      formatVersion: 1,
      id: 'e_pulled',
      name: 'Adel Abdul-Mahdi',
      type: 'PERSON',
      aliases: ['Abdel Mahdi'],
    };
    await mkdir(join(dir, 'entities'), { recursive: true });
    await atomicWrite(join(dir, 'entities', 'e_pulled.json'), stableStringify(entity));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByRole('tab', { name: 'Entities' }).click();
    await expect.poll(() => page.locator('.lp-side').textContent()).toContain('Adel Abdul-Mahdi');
  });

  it('opens a second writer of the same project read-only, with a banner, and refuses its edits', async () => {
    second = await serveProject(dir, home);
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await other.emulateMedia({ colorScheme: 'light' });
    await other.goto(second.url);
    const banner = other.getByTestId('read-only-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(
      /^Read-only: this project is open for writing in loupe serve \(pid \d+ on /,
    );
    await expect.poll(() => other.title()).toBe('Iraq troop withdrawal — Read-only — Loupe');
    const before = layerBytesNow(dir, 'tester', DOC);
    await other.locator('html[data-app="ready"] .ProseMirror').waitFor();
    await selectText(other, 'Iraq');
    await other.keyboard.press('1');
    await expect.poll(() => other.locator('.lp-toast').textContent()).toContain('Read-only');
    await other.screenshot({ path: screenshotPath('shell-read-only.png') });
    expect(layerBytesNow(dir, 'tester', DOC)).toBe(before);
    await other.close();
  });
});
