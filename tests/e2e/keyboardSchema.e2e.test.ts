import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** The label names in the project's manifest, as saved. */
function savedLabels(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'loupe.json'), 'utf8')) as {
    schema: { labels: { name: string }[] };
  };
  return manifest.schema.labels.map((l) => l.name);
}

/** Opens the label schema from the text by the command palette, as a keyboard user does. */
async function openSchema(page: Page): Promise<void> {
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('Control+Shift+p');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('Label Schema');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Label schema' }).waitFor();
}

// Enter in a field that names a new thing adds it, as in the relation panel's New type: in the
// label schema it did nothing, and a name already taken was dropped without a word.
describe('the label schema by keyboard alone (Chromium, loupe serve)', () => {
  let project: SeededPage;
  let page: Page;

  beforeAll(async () => {
    project = await openSeededPage('Schema keys', 'lena', { width: 1024, height: 768 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('Enter in the new label’s name adds it; a name taken is said; Save schema keeps it', async () => {
    await openSchema(page);
    const field = page.getByRole('textbox', { name: 'New label', exact: true });
    await field.focus();
    await page.keyboard.type('WEAPON');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Name of WEAPON').count()).toBe(1);
    expect(await field.inputValue()).toBe('');
    expect(await focused(page)).toBe('input:New label');
    // The new row comes without a word; the dialog says what was added.
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.textContent()).toBe('WEAPON added: Save schema keeps it. ');

    await page.keyboard.type('PERSON');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('PERSON is already a label: choose another name.');
    expect(await page.getByLabel('Name of PERSON').count()).toBe(1);
    for (const theme of ['light', 'dark'] as const) {
      await page.keyboard.press('Escape'); // the theme key is the window's, not the dialog's
      await useTheme(page, theme);
      await openSchema(page);
      await field.focus();
      await page.keyboard.type('PERSON');
      await page.keyboard.press('Enter');
      await alert.waitFor();
      await page.screenshot({ path: screenshotPath(`schema-label-taken-1024x768-${theme}.png`) });
    }
    await page.keyboard.press('Escape');
    await useTheme(page, 'light');
    await openSchema(page);
    await field.focus();
    await page.keyboard.type('PERSON');
    await page.keyboard.press('Enter');
    await alert.waitFor();
    // Typing again clears what was said; so does leaving the field (it stood over other work).
    await page.keyboard.press('Backspace');
    await expect.poll(() => alert.count()).toBe(0);
    await page.keyboard.type('N');
    await page.keyboard.press('Enter');
    await alert.waitFor();
    await page.keyboard.press('Tab'); // Add label: still the name's form
    expect(await alert.count()).toBe(1);
    await page.keyboard.press('Tab');
    await expect.poll(() => alert.count()).toBe(0);
    await field.focus();

    await page.keyboard.press('Control+a');
    await page.keyboard.type('WEAPON');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save schema' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => savedLabels(project.dir)).toContain('WEAPON');
    // The editor starts afresh from the saved schema; the keyboard stays on Save, and the save
    // is said there.
    await expect.poll(() => page.getByLabel('Name of WEAPON').inputValue()).toBe('WEAPON');
    await expect.poll(() => focused(page)).toBe('button:Save schema');
    await expect
      .poll(() => page.getByTestId('dialog-news').textContent())
      .toBe('Saved the label schema.');
    // Every column of the label table has a name (the last one, of the Delete buttons, hidden).
    const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  // A key field takes any character; one that is not a key (a space, a comma) was sent, and
  // Save answered "UpdateSchema: styles.0.item.key: …" and showed the window as not saved.
  it('a label key that is not a digit or letter is said before the schema is sent', async () => {
    await openSchema(page);
    const key = page.getByLabel('Key of PERSON');
    await key.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Space');
    expect(await key.inputValue()).toBe(' ');
    await page.getByRole('button', { name: 'Save schema' }).focus();
    await page.keyboard.press('Enter');
    const alert = page
      .getByRole('dialog')
      .getByRole('alert')
      .filter({ hasNotText: /^Saved/ });
    await expect
      .poll(() => alert.textContent())
      .toBe('A space cannot be a key: give PERSON one digit or lower-case letter');
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved');
    await key.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.type(',');
    await page.getByRole('button', { name: 'Save schema' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => alert.textContent())
      .toBe('“,” cannot be a key: give PERSON one digit or lower-case letter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // The theme key is the window's, not the dialog's: each theme, then the dialog again.
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await openSchema(page);
      await key.fill(',');
      await page.getByRole('button', { name: 'Save schema' }).focus();
      await page.keyboard.press('Enter');
      await alert.waitFor();
      await page.screenshot({ path: screenshotPath(`schema-key-refused-1024x768-${theme}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await useTheme(page, 'light');
  });

  // Label keys come first in the annotation view: a label keyed F took F from Add Fragment to
  // Span. A key a command has is refused where it is typed, naming the command.
  it('a key a command of the annotation view has is refused as it is typed, under its row; Save goes there', async () => {
    await openSchema(page);
    const key = page.getByRole('textbox', { name: 'Key of PERSON' });
    await key.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('f');
    const said = 'F is the key of Add Fragment to Span: choose another key for PERSON';
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(said);
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    // The field names its problem, so it is heard again whenever the keyboard comes back to it.
    expect(await key.evaluate((field) => field.getAttribute('aria-describedby'))).toBe(
      await alert.getAttribute('id'),
    );
    await expect.poll(() => alert.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Save schema' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => key.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await alert.count()).toBe(1);
    const manifest = () => JSON.parse(readFileSync(join(project.dir, 'loupe.json'), 'utf8'));
    expect(manifest().styles.PERSON.key).toBe('1');
    // Another key: the refusal goes as the key is typed.
    await page.keyboard.type('w');
    await expect.poll(() => alert.count()).toBe(0);
    expect(await key.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await openSchema(page);
      await key.fill('f');
      await alert.waitFor();
      const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      expect(
        violations.map((v) => v.id),
        theme,
      ).toEqual([]);
      await page.screenshot({
        path: screenshotPath(`schema-key-of-command-1024x768-${theme}.png`),
      });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await useTheme(page, 'light');
  });

  // The workbench refused a save (a schema without polarities): the dialog said its edits were
  // not saved, and the header turned to "Not saved" though the project was as it was.
  it('a save the workbench refuses is said in the dialog; the header keeps the project’s true state', async () => {
    await openSchema(page);
    const polarities = page.getByRole('textbox', { name: 'Polarities (one per line)' });
    await polarities.fill('');
    await page.getByRole('button', { name: 'Save schema' }).focus();
    await page.keyboard.press('Enter');
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/at least one polarity/);
    // The dialog's edits are still there, and the project's state is what it was.
    expect(await polarities.inputValue()).toBe('');
    await page.waitForTimeout(300); // a frame or two: a "Not saved" would be drawn by now
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByTestId('save-state').textContent()).toBe('Saved');
  });
});
