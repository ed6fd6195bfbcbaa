import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { layerFilesNow } from '../helpers/layerFilesNow';
import { launchBrowser } from './support/launchBrowser';
import { screenshotPath } from './support/screenshotPath';
import { serveProject, type ServedProject } from './support/serveProject';

/** GermEval 2014's first sentences: comments, an index column, an outer and a nested tag column. */
const GERMEVAL = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'conll',
  'germeval2014-NER-de-dev.tsv',
);

/** Presses Tab until the focused element is the one named `label` (at most 12 presses). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.textContent ??
        '',
    );
    if (focused.startsWith(label)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${label}`);
}

describe('importing a CoNLL file through the Import dialog, by keyboard', () => {
  let browser: Browser;
  let server: ServedProject;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));

  beforeAll(async () => {
    await createProject(dir, {
      name: 'CoNLL',
      seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    });
    server = await serveProject(dir, home);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.getByLabel('Annotator name').fill('tester');
    await page.keyboard.press('Enter');
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('detects CoNLL, takes the tag column typed in, previews the spans and imports them', async () => {
    await page.keyboard.press('Control+i');
    const files = page.getByLabel('Files to import');
    await files.waitFor();
    // A native file chooser has no keys of its own: the file is given to the input.
    await files.setInputFiles({
      name: 'NER-de-dev.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: readFileSync(GERMEVAL),
    });
    const preview = page.getByLabel('Import preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/conll: 1 document, 2 spans/);
    expect(await preview.textContent()).toMatch(/column 3 also holds tags of the same types/);
    await files.focus();
    await tabTo(page, 'Tag column');
    await page.keyboard.type('3');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/conll: 1 document, 18 spans/);
    expect(await preview.textContent()).toMatch(
      /read as IOB2 \(detected\), tokens in column 2, tags in column 3/,
    );
    await page.screenshot({ path: screenshotPath('import-conll.png') });
    await tabTo(page, 'Import 1 document');
    await page.keyboard.press('Enter');
    const layer = join(dir, 'annotations', 'tester', 'NER-de-dev.json');
    await expect.poll(() => existsSync(layer)).toBe(true);
    const written = layerFilesNow(dir, 'tester', 'NER-de-dev');
    expect(written.spans).toHaveLength(18);
    expect(written.metadata?.conll).toMatchObject({ columns: 4, token: 1, tag: 2, scheme: 'IOB2' });
  });
});
