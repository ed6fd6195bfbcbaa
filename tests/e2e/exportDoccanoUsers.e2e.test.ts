import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../scripts/interop/sharedTools';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';

/** doccano-transformer's doccano 1.x export: a record of users 1 and 2, one of user 2 alone (SOURCES.md there). */
const LABELING = join(
  SHARED_DIR,
  'fixtures',
  'real',
  'doccano',
  'doccano-transformer',
  'labeling.jsonl',
);

describe.skipIf(!existsSync(LABELING))('a doccano record of two users through the app', () => {
  let opened: SeededPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Two users', 'tester', { width: 1400, height: 900 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('is written whole by an export of its users’ layers together', async () => {
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    await page.getByLabel('Import format').selectOption('doccano');
    await files.setInputFiles({
      name: 'labeling.jsonl',
      mimeType: 'application/jsonl',
      buffer: readFileSync(LABELING),
    });
    // Two records, one of two users: two documents in three layers.
    await page.getByRole('button', { name: /^Import 2 documents/ }).click();
    const body = page.locator('body');
    await expect
      .poll(async () => (await body.textContent()) ?? '')
      .toMatch(/Imported 2 documents, 3 layers \(user1, user2, tester\)/);
    if (await files.isVisible()) await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('doccano');
    await page.getByLabel('Export layer').selectOption('user1');
    const preview = page.getByLabel('Export preview');
    // One user's layer alone: the other user's annotations of the record are said to be left out.
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/Not written: doccano JSONL: 5 × annotation of another user of its record/);
    await page.getByLabel('Export with layer user2').check();
    await page.getByLabel('Export with layer tester').check();
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/^8 documents, 16 spans, 0 stances in 2 files/);
    expect(await preview.textContent()).not.toMatch(/Not written/);
    await page.screenshot({ path: screenshotPath('export-doccano-users.png') });
    await page.getByLabel('Export name').fill('users');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    const out = join(opened.dir, 'exports', 'users', 'labeling.jsonl');
    await expect.poll(() => existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(LABELING, 'utf8'));
  });
});
