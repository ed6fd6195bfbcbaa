import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');

describe('the command palette and rebinding a key, by keyboard', () => {
  let opened: ProjectPage;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-commands-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));
  const sidePanelShown = () => opened.page.locator('.lp-side').isVisible();

  beforeAll(async () => {
    await createProject(dir, { name: 'Iraq troop withdrawal', seedsDir: seeds });
    opened = await openProjectPage(dir, home, 'tester', { width: 1024, height: 768 });
    await opened.page.emulateMedia({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('opens the palette with Ctrl+Shift+P, filters it, and runs the chosen command with Enter', async () => {
    const { page } = opened;
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    const titles = () => palette.locator('.lp-palette__title').allTextContents();
    await page.keyboard.type('to');
    await expect.poll(titles).toContain('Toggle Side Panel');
    await page.screenshot({ path: screenshotPath('palette-light.png') });
    await page.keyboard.press('ArrowDown');
    expect(await palette.locator('[aria-selected="true"]').count()).toBe(1);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('stance map');
    // "New Stance…" needs a selected span, so the palette leaves it out
    await expect.poll(titles).toEqual(['Stance Map']);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Stance map' }).waitFor();
    await page.keyboard.press('Escape');
  });

  // ARIA combobox: the field is one, its count is said as it filters; the list (a Tab stop, as it
  // scrolls) answers the same keys, and the command the arrows reach is scrolled into view.
  it('says how many commands the filter leaves; Tab to the list, whose arrows and Enter work', async () => {
    const { page } = opened;
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    const field = palette.getByRole('combobox', { name: 'Command' });
    expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
    const said = () => palette.getByRole('status').textContent();
    const active = () => palette.locator('[aria-selected="true"] .lp-palette__title').textContent();
    await page.keyboard.type('zzzz');
    await expect.poll(said).toBe('No command matches.');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('side panel');
    await expect.poll(said).toBe('1 command');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // Commands that cannot run now are listed too, counted apart.
    await expect.poll(said).toMatch(/^\d+ commands, \d+ unavailable now$/);
    const list = palette.getByRole('listbox', { name: 'Commands' });
    await page.keyboard.press('Tab');
    await expect.poll(() => list.evaluate((e) => e === document.activeElement)).toBe(true);
    const first = await active();
    await page.keyboard.press('End');
    await expect.poll(active).not.toBe(first);
    const last = palette.locator('[aria-selected="true"]');
    expect(await list.getAttribute('aria-activedescendant')).toBe(await last.getAttribute('id'));
    await expect
      .poll(
        async () => {
          const [box, item] = [await list.boundingBox(), await last.boundingBox()];
          return (
            !!box && !!item && item.y >= box.y && item.y + item.height <= box.y + box.height + 1
          );
        },
        { message: 'the last command is scrolled into view' },
      )
      .toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(active).toBe(first);
    // Back to the field, filter, Tab to the list again: Enter there runs the command.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('side panel');
    await expect.poll(said).toBe('1 command');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(sidePanelShown).toBe(false);
    await expect.poll(() => palette.isVisible()).toBe(false);
    await page.keyboard.press('Control+b');
    await expect.poll(sidePanelShown).toBe(true);
  });

  // Typing "undo" with nothing to undo found nothing: a user could not learn that the command
  // was there, nor why it could not run.
  it('lists a command that cannot run now, greyed, and on Enter says why and stays open', async () => {
    const { page } = opened;
    const open = async () => {
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    };
    await open();
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const field = palette.getByRole('combobox', { name: 'Command' });
    const said = () => palette.getByRole('status').textContent();
    await page.keyboard.type('undo');
    const undo = palette.getByRole('option', { name: /^Undo/ });
    await expect.poll(() => undo.getAttribute('aria-disabled')).toBe('true');
    expect(await undo.textContent()).toContain('Nothing to undo');
    await expect.poll(said).toBe('1 command, unavailable now');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await undo.getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Undo cannot run now. Nothing to undo.');
    expect(await palette.isVisible()).toBe(true);
    expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await palette.getByRole('status').isVisible()).toBe(true);
    // Enter again says it again: the region gets the words anew (the same text set again is
    // no change, and a screen reader said nothing).
    await palette.getByRole('status').evaluate((region) => {
      const added: string[] = [];
      Object.assign(window, { statusAdded: added });
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) added.push(node.textContent ?? '');
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.press('Enter');
    const addedToStatus = () =>
      page.evaluate(() =>
        'statusAdded' in window && Array.isArray(window.statusAdded)
          ? window.statusAdded.map(String)
          : [],
      );
    await expect.poll(addedToStatus).toEqual(['Undo cannot run now. Nothing to undo.']);
    expect(await said()).toBe('Undo cannot run now. Nothing to undo.');
    // Typing again counts again.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('span');
    await expect.poll(said).toMatch(/^\d+ commands?, \d+ unavailable now$/);
    // Those that can run come first, whatever the others' scores; Enter still runs the first.
    const options = palette.getByRole('option');
    const states = await options.evaluateAll((items) =>
      items.map((i) => i.getAttribute('aria-disabled') === 'true'),
    );
    expect(states.indexOf(true)).toBeGreaterThan(0);
    expect(states.slice(states.indexOf(true)).every(Boolean)).toBe(true);
    const fragment = palette.getByRole('option', { name: /^Add Fragment to Span/ });
    expect(await fragment.getAttribute('aria-disabled')).toBe('true');
    expect(await fragment.textContent()).toContain('Select a span first');
    const findings = async (): Promise<string[]> => {
      const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      return violations.map((v) => v.id);
    };
    await page.keyboard.press('Escape');
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await open();
      await page.keyboard.type('undo');
      await page.keyboard.press('Enter');
      await expect.poll(said).toBe('Undo cannot run now. Nothing to undo.');
      expect(await findings(), theme).toEqual([]);
      await page.screenshot({ path: screenshotPath(`palette-unavailable-1024-${theme}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => palette.isVisible()).toBe(false);
    }
    await useTheme(page, 'light');
  });

  it('rebinds a key in the shortcuts dialog, refusing one that is taken, and the new key works', async () => {
    const { page } = opened;
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath('shortcuts-light.png') });
    await dialog.getByRole('button', { name: 'Change the key of Toggle Side Panel' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+z');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Ctrl+Z is already Undo');
    await page.screenshot({ path: screenshotPath('shortcuts-refused.png') });
    await page.keyboard.press('Control+Alt+k');
    const row = dialog.locator('[data-command="toggleSidePanel"] dt');
    await expect.poll(() => row.textContent()).toBe('Ctrl+Alt+K');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.keyboard.press('Control+Alt+k');
    await expect.poll(sidePanelShown).toBe(false);
    await page.keyboard.press('Control+b');
    await expect.poll(sidePanelShown).toBe(false);
    await page.keyboard.press('Control+Alt+k');
    await expect.poll(sidePanelShown).toBe(true);
    const stored = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'));
    expect(stored.keybindings).toEqual({ toggleSidePanel: 'Mod+Alt+k' });
  });

  it('keeps the new key after a reload, and looks right in the dark theme', async () => {
    const { page } = opened;
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('theme');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.screenshot({ path: screenshotPath('palette-dark.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.locator('[data-command="toggleSidePanel"] dt').textContent()).toBe(
      'Ctrl+Alt+K',
    );
    await page.screenshot({ path: screenshotPath('shortcuts-dark.png') });
    await dialog.getByRole('region', { name: 'Annotating' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('shortcuts-annotating-dark.png') });
  });
});
