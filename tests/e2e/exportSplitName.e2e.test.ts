import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { shots } from './support/themes';

/** spaCy's own train.spacy and dev.spacy (tests/fixtures/spacy-docbin/make_pair.py). */
const DOCBINS = join(import.meta.dirname, '../fixtures/spacy-docbin');

describe('the Export dialog previews what its name writes', () => {
  let opened: SeededPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('Split names', 'tester', { width: 1280, height: 800 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  /** Opens the Export dialog on spaCy with the name (and split) typed. */
  const exportAs = async (name: string, split = ''): Promise<void> => {
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export…' }).click();
    await page.getByLabel('Export format').selectOption('spacy');
    await page.getByLabel('Export layer').selectOption('tester');
    await page.getByLabel('Split train/dev/test (optional)').fill(split);
    await page.getByLabel('Export name').fill(name);
  };
  const preview = () => page.getByLabel('Export preview');
  const said = async () => (await preview().textContent()) ?? '';

  it('x.spacy: the one file x.spacy, not the files it came from', async () => {
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    await page.getByLabel('Import format').selectOption('spacy');
    await files.setInputFiles(
      ['train.spacy', 'dev.spacy'].map((name) => ({
        name,
        mimeType: 'application/octet-stream',
        buffer: readFileSync(join(DOCBINS, name)),
      })),
    );
    await page.getByRole('button', { name: /^Import 5 documents/ }).click();
    const body = page.locator('body');
    await expect.poll(async () => (await body.textContent()) ?? '').toMatch(/Imported 5 documents/);
    if (await files.isVisible()) await page.keyboard.press('Escape');
    await exportAs('');
    await expect.poll(said).toMatch(/in [2-9] files/);
    await page.getByLabel('Export name').fill('x.spacy');
    await expect.poll(said).toMatch(/ in 1 file/);
    expect(await said()).toMatch(/x\.spacy · [\d,]+ bytes/);
    expect(await said()).not.toMatch(/dev\.spacy ·/);
    // Downloaded, it is that one file too (it was a zip of the files the documents came from).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('x.spacy');
    const saved = join(opened.dir, 'downloaded.spacy');
    await download.saveAs(saved);
    const size = /x\.spacy · ([\d,]+) bytes/.exec(await said())?.[1]?.replaceAll(',', '');
    expect(readFileSync(saved).length).toBe(Number(size));
    await page.keyboard.press('Escape');
  });

  it('x.spacy with a split: x.train.spacy, x.dev.spacy and x.test.spacy, as Write writes them', async () => {
    await exportAs('x.spacy', '60/20/20');
    await expect.poll(said).toMatch(/ in 3 files/);
    expect(await said()).toMatch(
      /x\.train\.spacy · [\d,]+ bytes.*x\.dev\.spacy · [\d,]+ bytes.*x\.test\.spacy · [\d,]+ bytes/s,
    );
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    for (const part of ['train', 'dev', 'test'])
      await expect
        .poll(() => existsSync(join(opened.dir, 'exports', `x.${part}.spacy`)))
        .toBe(true);
    expect(existsSync(join(opened.dir, 'exports', 'x.spacy'))).toBe(false);
    const body = page.locator('body');
    await expect
      .poll(async () => (await body.textContent()) ?? '')
      .toMatch(
        /Exported 10 documents, 11 spans as x\.train\.spacy, x\.dev\.spacy, x\.test\.spacy in /,
      );
    await page.keyboard.press('Escape');
    await shots(
      page,
      'export-split-name',
      async () => {
        await exportAs('x.spacy', '60/20/20');
        await expect.poll(said).toMatch(/ in 3 files/);
      },
      () => page.keyboard.press('Escape'),
    );
  });
});
