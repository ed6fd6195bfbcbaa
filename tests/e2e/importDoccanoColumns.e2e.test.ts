import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';

/** A CSV in the form doccano imports with its column_data and column_label options; rows in our own words. */
const REVIEWS = 'id,sentence,sentiment\r\n1,"Loved it, truly.",positive\r\n2,Meh.,\r\n';

describe('importing a doccano CSV whose columns are named otherwise, through the Import dialog', () => {
  let opened: ProjectPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Reviews', 'tester');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('names the header’s columns and the fields, then reads the columns typed in', async () => {
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    await page.getByLabel('Import format').selectOption('doccano');
    await files.setInputFiles({
      name: 'reviews.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REVIEWS),
    });
    const body = page.locator('body');
    await expect
      .poll(async () => (await body.textContent()) ?? '')
      .toMatch(
        /reviews\.csv:1: has no text column "text": its header names "id", "sentence", "sentiment"; name the column holding the text with the Text column field/,
      );
    await page.getByLabel('Text column').fill('sentence');
    await page.getByLabel('Label column').fill('sentiment');
    const preview = page.getByLabel('Import preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/doccano: 2 documents/);
    await page.screenshot({ path: screenshotPath('import-doccano-columns.png') });
    await page.getByRole('button', { name: /^Import 2 documents/ }).click();
    await expect.poll(async () => (await body.textContent()) ?? '').toMatch(/Imported 2 documents/);
  });
});
