import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseImportFile } from './support/chooseImportFile';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** Three documents of the BioCreative V CDR corpus in BioC XML (tests/fixtures/bioc/SOURCES.md). */
const CDR = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'bioc', 'CDR_sample.BioC.xml'),
);

describe('importing BioC XML through the Import dialog, by keyboard', () => {
  let opened: ProjectPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openSeededPage('BioC', 'tester', { width: 1024, height: 768 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it.each(['light', 'dark'] as const)(
    'detects the collection and says what it found (%s)',
    async (theme) => {
      await useTheme(page, theme);
      const preview = await chooseImportFile(
        page,
        { name: 'CDR_sample.BioC.xml', mimeType: 'application/xml', buffer: CDR },
        /bioc: 3 documents/,
      );
      const said = (await preview.textContent()) ?? '';
      // Counted with grep from the file: 54 <annotation> elements; its 11 <relation>s (CID) name
      // MESH ids, not annotations, so they are kept as written, not read as relations.
      expect(said).toContain('bioc: 3 documents, 54 spans, 0 relations');
      expect(said).toContain('document 2224762: 7 <relation>s not between two of its annotations');
      // The corpus's one annotation whose <text> differs from the text at its location.
      expect(said).toContain('annotation 7: its <text> "opistothonus dysfunction"');
      await page.screenshot({ path: screenshotPath(`import-bioc-${theme}.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByLabel('Import preview').count()).toBe(0);
    },
  );

  it('imports it with the keys alone', async () => {
    await chooseImportFile(
      page,
      { name: 'CDR_sample.BioC.xml', mimeType: 'application/xml', buffer: CDR },
      /bioc: 3 documents/,
    );
    const button = page.getByRole('button', { name: /^Import 3 documents/ });
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const body = page.locator('body');
    await expect.poll(async () => (await body.textContent()) ?? '').toMatch(/Imported 3 documents/);
  });
});
