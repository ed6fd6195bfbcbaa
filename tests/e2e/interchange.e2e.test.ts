import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { launchBrowser } from './support/launchBrowser';
import { serveProject, type ServedProject } from './support/serveProject';
import { screenshotPath } from './support/screenshotPath';
import { layerFilesNow } from '../helpers/layerFilesNow';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';
/** The second seed, whose file name is its id: a refusal names it by place and headline. */
const SECOND = '001_8f0f90acb7aa8cc5';

describe('importing brat files and exporting a dataset through the dialogs', () => {
  let browser: Browser;
  let server: ServedProject;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));
  const text = readFileSync(join(seeds, `${DOC}.txt`), 'utf8');
  const start = [...text.slice(0, text.indexOf('Pompeo'))].length;

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Interchange', seedsDir: seeds });
    // A teammate's layer where spans overlap: two pairs, which IOB tags cannot hold.
    const second = readFileSync(join(seeds, `${SECOND}.txt`), 'utf8');
    await writeAnnotatorLayer(store, SECOND, 'lena', [
      spanOver(second, 'The United States', 'ORG', 'l1'),
      spanOver(second, 'United States', 'GPE', 'l2'),
      spanOver(second, 'Secretary of State Mike Pompeo', 'MISC', 'l3'),
      spanOver(second, 'Mike Pompeo', 'PERSON', 'l4'),
    ]);
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

  it('previews a brat file, then imports it into the gold layer of the matching seed document', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Files to import').setInputFiles([
      { name: `${DOC}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) },
      {
        name: `${DOC}.ann`,
        mimeType: 'text/plain',
        buffer: Buffer.from(
          `T1\tPERSON ${start} ${start + 6}\tPompeo\nT2\tWEAPON 0 4\t${[...text].slice(0, 4).join('')}\n`,
        ),
      },
    ]);
    await page.getByLabel('Annotator layer').fill('gold');
    const preview = page.getByLabel('Import preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/brat: 1 document, 2 spans/);
    // The document as the list shows it: its headline, then its file.
    expect(await preview.textContent()).toMatch(
      new RegExp(
        `attaches to “BAGDAD \\(AP\\) – The Iraqi Prime Minister[^”]*” \\(${DOC}\\.txt\\) · gold · 2 spans, 0 stances`,
      ),
    );
    expect(await preview.textContent()).toMatch(/Adds to the schema: label WEAPON/);
    const counts = await page.getByLabel('Import counts').innerText();
    expect(counts.split('\n').map((row) => row.split('\t').join(' ').trim())).toEqual([
      'kind read imported already there skipped',
      'documents 1 0 1 0',
      'spans 2 2 0 0',
    ]);
    await page.screenshot({ path: screenshotPath('import-dialog.png') });
    await page.getByRole('button', { name: /^Import 1 document/ }).click();
    await expect.poll(() => existsSync(join(dir, 'annotations', 'gold', `${DOC}.json`))).toBe(true);
    const layer = layerFilesNow(dir, 'gold', DOC);
    expect(layer.spans.map((s) => [s.label, s.fragments[0]?.start])).toEqual([
      ['WEAPON', 0],
      ['PERSON', start],
    ]);
  });

  it('shows the first records and counts of an export, then writes it to a path', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('spans-jsonl');
    await page.getByLabel('Export layer').selectOption('gold');
    const preview = page.getByLabel('Export preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(/5 documents, 2 spans, 0 stances in 1 file/);
    await page.screenshot({ path: screenshotPath('export-dialog.png') });
    const out = join(dir, 'exports', 'gold.jsonl');
    await page.getByLabel('Export name').fill('gold.jsonl');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await expect.poll(() => existsSync(out)).toBe(true);
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0] ?? '') as {
      text: string;
      spans: { start: number; label: string }[];
    };
    expect(first.text).toBe(text);
    // The text opens with a space: the export moves that edge to the word, as spaCy's tokens need.
    expect(first.spans.map((s) => [s.label, s.start])).toEqual([
      ['WEAPON', 1],
      ['PERSON', start],
    ]);
  });

  it('downloads a multi-file export (brat) as one zip holding every file', async () => {
    if (!(await page.getByLabel('Export format').isVisible()))
      await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('brat');
    await page.getByLabel('Export layer').selectOption('gold');
    await expect
      .poll(async () => (await page.getByLabel('Export preview').textContent()) ?? '')
      .toMatch(/in 12 file/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('loupe-brat-gold.zip');
    const zip = join(mkdtempSync(join(tmpdir(), 'loupe-zip-')), 'export.zip');
    await download.saveAs(zip);
    const listed = spawnSync(
      'python3',
      [
        '-c',
        'import sys,zipfile; print("\\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))',
        zip,
      ],
      { encoding: 'utf8' },
    );
    const names = listed.stdout.trim().split('\n');
    expect(names).toHaveLength(12);
    expect(names).toContain('annotation.conf');
    expect(names).toContain(`${DOC}.ann`);
  });

  it('exports CoNLL with only the labels ticked, and says what was left out', async () => {
    if (!(await page.getByLabel('Export format').isVisible()))
      await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('conll');
    await page.getByLabel('Export layer').selectOption('gold');
    expect(await page.getByLabel('Overlapping spans').inputValue()).toBe('error');
    await page.getByLabel('Export label WEAPON').uncheck();
    const preview = page.getByLabel('Export preview');
    await expect
      .poll(async () => (await preview.textContent()) ?? '')
      .toMatch(
        /5 documents, 1 span.*1 × span left out \(its label not ticked under Labels to export\)/,
      );
    expect(await preview.textContent()).toContain('-DOCSTART- -X- O O');
    await page.screenshot({ path: screenshotPath('export-labels.png') });
    await page.getByLabel('Export name').fill('gold.conll');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    const out = join(dir, 'exports', 'gold.conll');
    await expect.poll(() => existsSync(out)).toBe(true);
    const rows = readFileSync(out, 'utf8').split('\n');
    expect(rows.filter((r) => r === '-DOCSTART- -X- O O')).toHaveLength(5);
    expect(rows).toContain('Pompeo -X- _ B-PERSON');
    expect(rows.some((r) => r.includes('WEAPON'))).toBe(false);
    // Another tag scheme: BIOES tags a one-token span S-.
    await page.getByLabel('Export tag scheme').selectOption('bioes');
    await page.screenshot({ path: screenshotPath('export-scheme.png') });
    await page.getByLabel('Export name').fill('gold-bioes.conll');
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    const bioes = join(dir, 'exports', 'gold-bioes.conll');
    await expect.poll(() => existsSync(bioes)).toBe(true);
    expect(readFileSync(bioes, 'utf8').split('\n')).toContain('Pompeo -X- _ S-PERSON');
    const boxes = page.getByRole('group', { name: 'Labels to export' }).getByRole('checkbox');
    for (const box of await boxes.all()) await box.uncheck();
    await page.getByText('Choose at least one label to export.').waitFor();
  });

  it('refuses CoNLL of overlapping spans naming them in words, and says which choice gets past it', async () => {
    if (!(await page.getByLabel('Export format').isVisible()))
      await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByLabel('Export format').selectOption('conll');
    await page.getByLabel('Export layer').selectOption('lena');
    await page.getByLabel('Overlapping spans').selectOption('error');
    await page.getByLabel('Export tag scheme').selectOption('iob2');
    const boxes = page.getByRole('group', { name: 'Labels to export' }).getByRole('checkbox');
    for (const box of await boxes.all()) await box.check();
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect
      .poll(async () => (await alert.textContent()) ?? '')
      .toBe(
        'In document 2 of 5, “The United States on Friday rejected a request by…”, 2 pairs of spans overlap, ' +
          'which IOB tags cannot hold: ORG “The United States” and GPE “United States”, and 1 more pair. ' +
          'To export, choose “keep the longest” or “keep the first” under Overlapping spans, untick one of the ' +
          'labels that overlap, or choose a format that keeps overlapping spans, such as brat or spans-jsonl.',
      );
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: screenshotPath('export-overlaps.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    // The way out it names: keep the longest of each pair, and the preview comes back.
    await page.getByLabel('Overlapping spans').selectOption('longest');
    await expect
      .poll(async () => (await page.getByLabel('Export preview').textContent()) ?? '')
      .toMatch(/5 documents, 2 spans/);
    expect(await alert.count()).toBe(0);
  });

  it('shows a long import’s progress and cancels it, leaving the project as it was', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const files = Array.from({ length: 1500 }, (_, i) => ({
      name: `wire-${i}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Wire report ${i} from Baghdad. `.repeat(30)),
    }));
    await page.getByLabel('Files to import').setInputFiles(files);
    await page.getByLabel('Import format').selectOption('txt');
    await expect
      .poll(async () => (await page.getByLabel('Import preview').textContent()) ?? '', {
        timeout: 60_000,
      })
      .toMatch(/txt: 1,500 documents/);
    await page.getByRole('button', { name: /^Import 1,500 documents/ }).click();
    const bar = page.getByRole('status', { name: 'import progress' });
    await bar.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await bar.textContent()) ?? '')
      .toMatch(/(Reading|Writing) \d+\/1500/);
    // Cancelled at once: on a loaded machine a screenshot first gave the import time to end.
    await bar.getByRole('button', { name: 'Cancel' }).click();
    await page.screenshot({ path: screenshotPath('import-progress.png') });
    await bar.waitFor({ state: 'detached', timeout: 30_000 });
    expect(readdirSync(join(dir, 'documents')).filter((f) => f.startsWith('wire-'))).toEqual([]);
  });
});
