import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { chooseImportFile } from './support/chooseImportFile';
import { screenshotPath } from './support/screenshotPath';

/** SemEval-2016 Task 6's layout (its file is a .txt), rows in our own words. */
const TABLE = [
  'ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment',
  '101\tAtheism\tGrateful for every blessing today #faith #SemST\tAGAINST\tOTHER\tPOSITIVE',
  '102\tHillary Clinton\tShe has my vote in November. #SemST\tFAVOR\tTARGET\tPOSITIVE',
  '',
].join('\r\n');

describe('importing a SemEval stance table through the Import dialog', () => {
  let opened: ProjectPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Stances', 'tester');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('previews a document and a stance per row, imports them, and shows the stance on the document', async () => {
    const preview = await chooseImportFile(
      page,
      {
        name: 'semeval2016-task6-trainingdata.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(TABLE),
      },
      /stance-tsv: 2 documents, 2 spans, 0 relations, 2 stances/,
    );
    expect(await preview.textContent()).toMatch(/topics?.*hillary-clinton/i);
    await page.screenshot({ path: screenshotPath('import-stance-table.png') });
    await page.getByRole('button', { name: /^Import 2 documents/ }).click();
    await expect
      .poll(async () => (await page.locator('body').textContent()) ?? '')
      .toMatch(/Imported 2 documents/);
    await page
      .getByText(/She has my vote/)
      .first()
      .click();
    await expect
      .poll(async () => (await page.locator('body').textContent()) ?? '')
      .toMatch(/Hillary Clinton/);
    await page.screenshot({ path: screenshotPath('stance-table-document.png') });
  });

  it('exports the table as read, or with only the four columns SemEval’s scorer reads', async () => {
    // The header shows Export at wide windows; at 1024 px it sits in the menu.
    await page.setViewportSize({ width: 1400, height: 800 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.getByLabel('Export format').selectOption('stance-tsv');
    await page.getByLabel('Export layer').selectOption('tester');
    const preview = page.getByLabel('Export preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/ID\s+Target\s+Tweet\s+Stance\s+Opinion towards\s+Sentiment/);
    const columns = page.getByLabel('Export stance columns');
    expect(await columns.inputValue()).toBe('auto');
    await columns.focus();
    await columns.selectOption('semeval');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/ID\s+Target\s+Tweet\s+Stance\s+101\s+Atheism/);
    expect(await preview.textContent()).not.toMatch(/Opinion towards/);
    await page.screenshot({ path: screenshotPath('export-stance-columns.png') });
  });
});
