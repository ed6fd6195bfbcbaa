import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
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
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));

  beforeAll(async () => {
    await createProject(dir, {
      name: 'Stances',
      seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    });
    opened = await openProjectPage(dir, home, 'tester', { width: 1024, height: 800 });
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
});
