import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseImportFile } from './support/chooseImportFile';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** The text of the first demo article, as a teammate's file without names would carry it. */
const SEED = readFileSync(
  join(import.meta.dirname, '..', '..', 'seeds', '000_90267a0c835213d2.txt'),
  'utf8',
);

/** Prodigy binary text classification records with no `meta.name`: one meets the demo article by its text. */
const ROUND = [
  { text: SEED, label: 'NEWS', answer: 'accept' },
  { text: 'A short note of our own.', label: 'NOTE', answer: 'accept' },
]
  .map((record) => JSON.stringify(record))
  .join('\n');

describe('the Import dialog names records without a name by their file, and counts document labels', () => {
  let opened: SeededPage;

  beforeAll(async () => {
    opened = await openSeededPage('Import report', 'tester', { width: 1024, height: 768 });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it.each(['light', 'dark'] as const)('says so in the preview (%s)', async (theme) => {
    const { page } = opened;
    await useTheme(page, theme);
    const preview = await chooseImportFile(
      page,
      { name: 'round-2.jsonl', mimeType: 'application/json', buffer: Buffer.from(ROUND) },
      /spans-jsonl: 2 documents/,
    );
    const said = (await preview.textContent()) ?? '';
    // The headline counts the two labels the records carry, beside the spans they do not.
    expect(said).toContain(
      'spans-jsonl: 2 documents, 0 spans, 0 relations, 0 stances, 2 document labels',
    );
    // The path it was read from, as the command line's summary says it.
    expect(said).toContain('record round-2-1 of round-2.jsonl without a name');
    expect(said).toMatch(
      /round-2\.jsonl: 1 record without a name matched by its text to a document already in the project: round-2-1 → 000_90267a0c835213d2/,
    );
    const counts = page.getByLabel('Import counts');
    const row = counts.getByRole('row', { name: /document labels/ });
    expect(await row.locator('td').allTextContents()).toEqual([
      'document labels',
      '2',
      '2',
      '0',
      '0',
    ]);
    await page.screenshot({ path: screenshotPath(`import-report-1024-${theme}.png`) });
    await page.keyboard.press('Escape');
    await page.getByLabel('Import preview').waitFor({ state: 'detached' });
  });
});
