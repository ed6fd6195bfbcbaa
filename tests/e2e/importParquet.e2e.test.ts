import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerFilesNow } from '../helpers/layerFilesNow';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { chooseImportFile } from './support/chooseImportFile';
import { screenshotPath } from './support/screenshotPath';

/** Dataset.to_parquet's file (datasets 5.0.1, tests/fixtures/huggingface/make.py): 3 records, tag names inside. */
const PARQUET = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'huggingface',
  'parquet',
  'train.parquet',
);

describe('importing a Hugging Face Parquet file through the Import dialog', () => {
  let opened: SeededPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Parquet', 'tester');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('sends the bytes as they are, previews 3 documents and 5 spans with the tag names found, and imports them', async () => {
    const preview = await chooseImportFile(
      page,
      {
        name: 'train-00000-of-00001.parquet',
        mimeType: 'application/vnd.apache.parquet',
        buffer: readFileSync(PARQUET),
      },
      /hf: 3 documents, 5 spans/,
    );
    expect(await preview.textContent()).toMatch(
      /Parquet: 3 rows read as JSON records.*tag names from its datasets metadata/,
    );
    await page.screenshot({ path: screenshotPath('import-parquet.png') });
    await page.getByRole('button', { name: /^Import 3 documents/ }).click();
    const layer = join(opened.dir, 'annotations', 'tester');
    const documents = () =>
      existsSync(layer)
        ? readdirSync(layer)
            .filter((f) => f.endsWith('.json'))
            .map((f) => f.slice(0, -'.json'.length))
        : [];
    await expect.poll(() => documents().length).toBe(3);
    const labels = documents().flatMap((id) =>
      layerFilesNow(opened.dir, 'tester', id).spans.map((s) => s.label),
    );
    expect(labels.sort()).toEqual(['LOC', 'MISC', 'MISC', 'ORG', 'PER']);
  });
});
