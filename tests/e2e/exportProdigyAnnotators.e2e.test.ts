import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOutFile } from '../helpers/prodigyDbOut';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';

/** `prodigy db-out` of sessions alice and bo, each answering two tasks (see `dbOutFile`). */
const DB_OUT = dbOutFile([
  { task: 0, session: 'alice', spans: [['Mike Pompeo', 'PERSON']] },
  { task: 0, session: 'bo', spans: [['Iraq', 'GPE']] },
  { task: 1, session: 'bo', spans: [['Baghdad', 'GPE']] },
  { task: 1, session: 'alice', spans: [['Washington', 'GPE']] },
]);

describe("a Prodigy export of two annotators' sessions through the app", () => {
  let opened: SeededPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Two sessions', 'tester', { width: 1400, height: 900 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it("is written back whole by a spans JSONL export of both annotators' layers", async () => {
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    await page.getByLabel('Import format').selectOption('spans-jsonl');
    await files.setInputFiles({
      name: 'ner_news.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(DB_OUT),
    });
    await page.getByRole('button', { name: /^Import 2 documents/ }).click();
    const body = page.locator('body');
    await expect
      .poll(async () => (await body.textContent()) ?? '')
      .toMatch(/Imported 2 documents, 4 layers \(alice, bo\)/);
    if (await files.isVisible()) await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('spans-jsonl');
    await page.getByLabel('Export layer').selectOption('alice');
    const preview = page.getByLabel('Export preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/Not written: spans JSONL \(Prodigy \/ spaCy\): 2 × record of another annotator/);
    await page.getByLabel('Export with layer bo').check();
    await expect.poll(async () => (await preview.textContent()) ?? '').not.toMatch(/Not written/);
    await page.screenshot({ path: screenshotPath('export-prodigy-annotators.png') });
    await page.getByLabel('Export name').fill('sessions');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    // The file's records go back to a file of its name, as they were; the seed articles, in no
    // layer, to spans.jsonl as records of their text alone.
    const out = join(opened.dir, 'exports', 'sessions', 'ner_news.jsonl');
    await expect.poll(() => existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(DB_OUT);
    const seeds = readFileSync(join(opened.dir, 'exports', 'sessions', 'spans.jsonl'), 'utf8');
    expect(seeds).not.toContain('"_annotator_id"');
  });
});
