import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';
import { axeFindingsNow, useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';

/** The project's manifest as saved. */
function manifest(dir: string): { styles: Record<string, { key?: string }> } {
  return JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8'));
}

// A schema saved with a label keyed F (by hand, by a teammate's Loupe, or before keys were
// checked): label keys come first, so F labelled the selected span as PERSON instead of adding a
// fragment, and nothing in the window said so: the span's details and the shortcuts still
// offered F for Add fragment.
describe('a label whose key a command of the annotation view has (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-label-key-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Label key of a command', seedsDir: seeds });
    const text = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    await writeAnnotatorLayer(store, D0, 'lena', [spanOver(text, 'Washington', 'GPE', 'w1')]);
    const saved = JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8'));
    saved.styles.PERSON.key = 'f';
    writeFileSync(join(dir, 'loupe.json'), `${JSON.stringify(saved, null, 2)}\n`);
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 768 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the shortcuts mark the command’s key as taken by the label, and say what to do', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const row = dialog.locator('[data-command="addFragment"]');
    await expect.poll(() => row.locator('kbd.lp-kbd--taken').textContent()).toBe('F');
    expect(await row.locator('dd').textContent()).toContain(
      'F is taken by the label PERSON, whose key comes first: give one of them another key',
    );
    // D stays Done and Next with nothing selected: the label takes it on a selection only.
    expect(await dialog.locator('[data-command="doneAndNext"] .lp-kbd--taken').count()).toBe(0);
    for (const theme of ['light', 'dark'] as const) {
      await page.keyboard.press('Escape');
      await useTheme(page, theme);
      await page.keyboard.press('Control+/');
      await row.scrollIntoViewIfNeeded();
      expect(await axeFindingsNow(page, '[role="dialog"]'), theme).toEqual([]);
      await page.screenshot({ path: screenshotPath(`shortcuts-key-taken-1024-${theme}.png`) });
    }
    await page.keyboard.press('Escape');
    await useTheme(page, 'light');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  // The palette listed F beside Add Fragment to Span as the command's key, though F labels.
  it('the command palette strikes the command’s key and names the label, to screen readers too', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.waitFor();
      await page.keyboard.type('fragment');
      const option = palette.getByRole('option', { name: /^Add Fragment to Span/ });
      await expect.poll(() => option.locator('kbd.lp-kbd--taken').textContent()).toBe('F');
      expect(await option.locator('kbd:not(.lp-kbd--taken)').count()).toBe(0);
      expect(await option.locator('.lp-palette__label').textContent()).toBe('label PERSON');
      // Its name, as a screen reader reads the option, says whose key F is.
      const named = palette.getByRole('option', {
        name: /^Add Fragment to Span.* F is the key of the label PERSON, not of this command$/,
      });
      expect(await named.count()).toBe(1);
      // Undo keeps its key: no label takes Ctrl+Z.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('undo');
      const undo = palette.getByRole('option', { name: /^Undo/ });
      expect(await undo.locator('kbd').first().getAttribute('class')).toBeNull();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('fragment');
      await option.waitFor();
      expect(await axeFindingsNow(page, '[role="dialog"]'), theme).toEqual([]);
      await page.screenshot({ path: screenshotPath(`palette-key-taken-1024-${theme}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await useTheme(page, 'light');
  });

  it('the span’s details and the key hints offer no F for Add fragment; F labels, as before', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // Washington
    const addFragment = page.getByRole('button', { name: 'Add fragment' });
    await addFragment.waitFor();
    expect(await addFragment.getAttribute('aria-keyshortcuts')).toBeNull();
    expect(await addFragment.locator('kbd').count()).toBe(0);
    // The span's commands keep theirs.
    expect(
      await page.getByRole('button', { name: 'Relate…' }).getAttribute('aria-keyshortcuts'),
    ).toBe('R');
    await page.keyboard.press('f');
    await expect
      .poll(() => page.getByTestId('span-announcement').textContent())
      .toMatch(/^PERSON: Washington/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('span-announcement').textContent()).toMatch(/^Undid/);
  });

  it('the schema dialog says so under the label without refusing it; other edits save, the key stays', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('Label Schema');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Label schema' });
    await dialog.waitFor();
    const key = dialog.getByRole('textbox', { name: 'Key of PERSON' });
    const note = dialog.locator(`#${await key.getAttribute('aria-describedby')}`);
    expect(await note.textContent()).toBe(
      'F is also the key of Add Fragment to Span: on selected text or a span it labels as PERSON (label keys come first). Choose another key for PERSON to give F back.',
    );
    expect(await key.getAttribute('aria-invalid')).toBeNull();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'New label', exact: true }).fill('WEAPON');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Save schema' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => Object.keys(manifest(dir).styles)).toContain('WEAPON');
    expect(manifest(dir).styles.PERSON?.key).toBe('f');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });
});
