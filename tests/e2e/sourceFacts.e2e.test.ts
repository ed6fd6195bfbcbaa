import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { region, task } from '../shared/formats/labelStudio/build';
import { launchBrowser } from './support/launchBrowser';
import { screenshotPath } from './support/screenshotPath';
import { axeFindings, shots } from './support/themes';
import { serveProject, type ServedProject } from './support/serveProject';

const BRAT_TEXT = 'Mike Pompeo left Baghdad.\n';
const BRAT_ANN = [
  'T1\tPerson 0 11\tMike Pompeo',
  'A1\tNegated T1',
  'A2\tConfidence T1 High',
  'N1\tReference T1 Wikidata:Q473239\tMike Pompeo',
  '',
].join('\n');
const LS_TEXT = 'IBM is in Armonk.';
const LS_TASKS = [
  {
    ...task(LS_TEXT, [{ ...region('r1', 0, 3, 'IBM', 'ORG'), origin: 'prediction', score: 0.93 }]),
    id: 41,
    data: { text: LS_TEXT, source: 'wire', batch: 7 },
  },
];

describe('what an import kept, in the inspector and the document panel', () => {
  let browser: Browser;
  let server: ServedProject;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));
  const errors: string[] = [];

  /** Imports files through the Import dialog, by keyboard, and waits for the layer file. */
  async function importFiles(
    files: { name: string; mimeType: string; text: string }[],
    layer: string,
    documents = '1 document',
  ): Promise<void> {
    await page.keyboard.press('Control+i');
    const input = page.getByLabel('Files to import');
    await input.waitFor();
    await input.setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) })),
    );
    const button = page.getByRole('button', { name: new RegExp(`^Import ${documents}`) });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => existsSync(join(dir, 'annotations', 'tester', layer))).toBe(true);
    await page.getByLabel('Files to import').waitFor({ state: 'detached' });
  }

  async function open(id: string): Promise<void> {
    await page.locator('.lp-tab', { hasText: 'Documents' }).click();
    await page.locator(`[data-document-id="${id}"]`).click();
    await expect.poll(() => page.locator('.lp-doc-heading').textContent()).toContain(`${id}.txt`);
  }

  beforeAll(async () => {
    await createProject(dir, {
      name: 'Kept',
      seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    });
    server = await serveProject(dir, home);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.getByLabel('Annotator name').fill('tester');
    await page.keyboard.press('Enter');
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
  });

  afterAll(async () => {
    // Opening a short document after a long one with a known-name suggestion once failed here.
    expect(errors).toEqual([]);
    await browser?.close();
    await server?.stop();
  });

  it("shows a brat span's attributes and references in the inspector", async () => {
    await importFiles(
      [
        { name: 'pompeo.txt', mimeType: 'text/plain', text: BRAT_TEXT },
        { name: 'pompeo.ann', mimeType: 'text/plain', text: BRAT_ANN },
      ],
      'pompeo.json',
    );
    await open('pompeo');
    await page.locator('.lp-span').first().click();
    const more = page.getByTestId('source-facts');
    await more.waitFor();
    expect(await more.locator('summary').textContent()).toBe('More about this span 3');
    const attributes = more.getByRole('region', { name: 'Attributes' });
    expect(await attributes.locator('dt').allTextContents()).toEqual(['Confidence', 'Negated']);
    expect(await attributes.locator('dd').allTextContents()).toEqual(['High', 'true']);
    const references = more.getByRole('region', { name: 'References' });
    expect(await references.textContent()).toBe('ReferencesWikidata:Q473239Mike Pompeo');
    await page.screenshot({ path: screenshotPath('source-facts-span.png') });
    expect(await axeFindings(page, '[data-testid="source-facts"]')).toEqual([]);
    await shots(page, 'source-facts-span');
    // The disclosure folds and unfolds by keyboard.
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it("shows a Label Studio task's fields on the document and a region's own fields on its span", async () => {
    await importFiles(
      [{ name: 'ls.json', mimeType: 'application/json', text: JSON.stringify(LS_TASKS) }],
      '41.json',
    );
    await open('41');
    const panel = page.getByRole('complementary', { name: 'Document' });
    const facts = panel.getByTestId('source-facts');
    await facts.waitFor();
    const source = facts.getByRole('region', { name: 'Source file' });
    expect(await source.locator('dt').allTextContents()).toEqual([
      'id',
      'data.source',
      'data.batch',
    ]);
    expect(await source.locator('dd').allTextContents()).toEqual(['41', 'wire', '7']);
    await page.screenshot({ path: screenshotPath('source-facts-document.png') });
    await page.locator('.lp-span').first().click();
    const region = page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('region', { name: 'Label Studio region' });
    expect(await region.locator('dd').allTextContents()).toEqual(['prediction', '0.93']);
  });

  it("sums up what a BioC import kept on the document: its place in the file, the offsets' unit, the relations not shown", async () => {
    const bioc = join(import.meta.dirname, '..', 'fixtures', 'bioc', 'CDR_sample.BioC.xml');
    await importFiles(
      [{ name: 'CDR_sample.BioC.xml', mimeType: 'text/xml', text: readFileSync(bioc, 'utf8') }],
      '2224762.json',
      '3 documents',
    );
    await open('2224762');
    const panel = page.getByRole('complementary', { name: 'Document' });
    const kept = panel
      .getByTestId('source-facts')
      .getByRole('region', { name: 'Kept to write back' });
    await kept.waitFor();
    // the second document of the file holds 7 <relation>s of concept ids (BC5CDR's CID)
    expect(await kept.locator('dd').allTextContents()).toEqual([
      'document 2 of CDR_sample.BioC.xml, offsets in characters (code points), 7 relations Loupe does not show',
    ]);
    expect(await axeFindings(page, '[data-testid="source-facts"]')).toEqual([]);
    await shots(page, 'source-facts-bioc');
  });
});
