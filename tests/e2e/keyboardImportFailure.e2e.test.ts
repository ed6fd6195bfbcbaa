import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focusLost, watchFocusLost } from './support/focusLost';
import { focused } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { recordToasts } from './support/recordToasts';
import { axeFindingsNow, shots } from './support/themes';

const record = (text: string) => Buffer.from(`${JSON.stringify({ text, spans: [] })}\n`);
/** A folder of three files, the second cut off in its first record. */
const FOLDER = [
  { name: 'a.jsonl', mimeType: 'application/json', buffer: record('Amira met Omar.') },
  { name: 'b.jsonl', mimeType: 'application/json', buffer: Buffer.from('{"text": "Omar') },
  { name: 'c.jsonl', mimeType: 'application/json', buffer: record('Omar met Amira.') },
];
const DAMAGE =
  'b.jsonl: line 1: not valid JSON: unterminated string (the file looks truncated); mend it first';

// An import of a folder with one damaged file, by keys: the error is said and can be read, the
// keyboard stays in the dialog, and nothing reaches the project until the rest is chosen.
describe('an import that fails on one file of three, by keyboard alone (Chromium)', () => {
  let project: SeededPage;
  let page: Page;
  const dialog = () => page.getByRole('dialog', { name: /^Import/ });
  const names = async () =>
    (await callApi<{ name: string }[]>(project.server, 'listDocuments', {})).map((d) => d.name);
  let before: string[] = [];
  const has = (control: Locator) => control.evaluate((c) => c === document.activeElement);
  const skip = () => page.getByLabel('Skip invalid files and records (import the rest)');
  /** Ctrl+I, the folder given to the file input, until the preview has read it. */
  /**
   * Ctrl+I, Skip invalid cleared by keys if an earlier import left it on, the folder given to
   * the file input, until the preview has read it.
   */
  const openFolder = async (): Promise<void> => {
    await page.keyboard.press('Control+i');
    await skip().waitFor();
    if (await skip().isChecked()) {
      await tabTo(skip());
      await page.keyboard.press('Space');
    }
    await page.getByLabel('Files to import').setInputFiles(FOLDER);
    await dialog().getByRole('alert').waitFor();
  };
  const close = async (): Promise<void> => {
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  };
  /** Tab (at most ten times) until `control` has the keyboard. */
  const tabTo = async (control: Locator): Promise<void> => {
    for (let i = 0; i < 10 && !(await has(control)); i++) await page.keyboard.press('Tab');
    expect(await has(control)).toBe(true);
  };
  const skipped = async (): Promise<void> => {
    await openFolder();
    await tabTo(skip());
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Import 2 documents' }).waitFor();
  };

  beforeAll(async () => {
    project = await openSeededPage('Import failing by keys');
    page = project.page;
    before = await names();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('says the damaged file, keeps the keyboard in the dialog, and imports nothing', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    await watchFocusLost(page, true);
    for (let i = 0; i < 6 && !(await has(files)); i++) await page.keyboard.press('Tab');
    expect(await has(files)).toBe(true);
    await files.setInputFiles(FOLDER);
    const alert = dialog().getByRole('alert');
    await expect
      .poll(() => alert.getByRole('paragraph').textContent())
      .toBe('Nothing can be imported: 1 error.');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([DAMAGE]);
    expect(await has(files)).toBe(true);
    // Tab goes round the dialog's controls, never to the page and never out of the dialog.
    let back = false;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      back ||= await has(files);
      expect(await dialog().evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    expect(back).toBe(true);
    expect(await axeFindingsNow(page, '.lp-dialog')).toEqual([]);
    await close();
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    expect(await names()).toEqual(before);
    expect(await focusLost(page)).toEqual([]);
    // A dialog keeps the theme key: it is opened again in each theme.
    await shots(page, 'import-one-damaged', openFolder, close);
  });

  it('with Skip invalid, says the file it leaves out and imports the other two', async () => {
    await shots(page, 'import-skip-damaged', skipped, close);
    const toasts = await recordToasts(page);
    await openFolder();
    await tabTo(skip());
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByTestId('import-status').textContent())
      .toBe(
        'Preview ready, spans-jsonl: 2 documents, 0 spans, 0 relations, 0 stances. Skipped as invalid: b.jsonl. Import 2 documents is the last button.',
      );
    expect(await has(skip())).toBe(true);
    // The counts said "skipped 0" beside a whole file left out (it is never read).
    expect(
      await dialog().getByRole('table', { name: 'Import counts' }).locator('caption').textContent(),
    ).toBe('Not counted: 1 file or record skipped as invalid, listed below.');
    expect(await axeFindingsNow(page, '.lp-dialog')).toEqual([]);
    await tabTo(page.getByRole('button', { name: 'Import 2 documents' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    // The file left out is said with what came in (it was "Imported 2 documents: …" alone).
    await expect
      .poll(toasts)
      .toContain(
        'Imported 2 documents: 0 spans, 0 relations, 0 stances. Skipped as invalid: b.jsonl.',
      );
    const after = await names();
    expect(after).toHaveLength(before.length + 2);
    expect(after.filter((n) => !before.includes(n)).sort()).toEqual(['a-1.txt', 'c-1.txt']);
    expect(await focusLost(page)).toEqual([]);
    // Ticked still, it left files of the next import out unasked.
    await page.keyboard.press('Control+i');
    await skip().waitFor();
    expect(await skip().isChecked()).toBe(false);
    await close();
  });
});
