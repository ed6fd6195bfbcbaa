import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { shots } from './support/themes';

/** Two PubTator files of three abstracts each (tests/fixtures/pubtator/SOURCES.md). */
const PUBTATOR = join(import.meta.dirname, '../fixtures/pubtator');
const FILES = ['CDR_sample.PubTator.txt', 'NCBI_sample_corpus.txt'];

describe('the Import dialog says which file each document comes from', () => {
  let opened: SeededPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Import sources', 'tester', { width: 1280, height: 800 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  /** Opens the Import dialog with both PubTator files chosen. */
  const choose = async (): Promise<void> => {
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    await page.getByLabel('Import format').selectOption('pubtator');
    await files.setInputFiles(
      FILES.map((name) => ({
        name,
        mimeType: 'text/plain',
        buffer: readFileSync(join(PUBTATOR, name)),
      })),
    );
  };
  const body = async () => (await page.locator('body').textContent()) ?? '';

  it('two PubTator files of three abstracts: 3 documents from each', async () => {
    await choose();
    await expect.poll(body).toMatch(/3 documents from CDR_sample\.PubTator\.txt/);
    expect(await body()).toMatch(/3 documents from NCBI_sample_corpus\.txt/);
    await page.keyboard.press('Escape');
    await shots(
      page,
      'import-sources',
      async () => {
        await choose();
        await expect.poll(body).toMatch(/3 documents from NCBI_sample_corpus\.txt/);
      },
      () => page.keyboard.press('Escape'),
    );
  });
});
