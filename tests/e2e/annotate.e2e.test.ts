import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { launchBrowser } from './support/launchBrowser';
import { selectText } from './support/selectText';
import { serveProject, type ServedProject } from './support/serveProject';
import { screenshotPath } from './support/screenshotPath';
import { layerFilesNow } from '../helpers/layerFilesNow';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';

/** Python's text[start:end] over code points. */
function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

function storedLayer(dir: string): {
  spans: { label: string; author: string; fragments: { start: number; end: number }[] }[];
} {
  return layerFilesNow(dir, 'tester', DOC);
}

describe('annotating the demo corpus in Chromium through loupe serve', () => {
  let browser: Browser;
  let server: ServedProject;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'E2E demo', seedsDir: seeds });
    server = await serveProject(dir, home);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('asks the annotator name on first run, then shows the document list', async () => {
    await page.goto(server.url);
    await page.getByLabel('Annotator name').fill('tester');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-doclist__item').count()).toBe(5);
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    expect(await page.locator('.lp-annotator').textContent()).toBe('tester');
  });

  it('labels "Mike Pompeo" with the PERSON key and stores code point offsets', async () => {
    await selectText(page, 'Mike Pompeo');
    await page.locator('.lp-labelmenu').waitFor();
    await page.keyboard.press('1');
    const span = page.locator('.lp-span.lp-label-PERSON');
    await span.first().waitFor();
    expect(await span.allTextContents()).toEqual(['Mike Pompeo']);
    await expect
      .poll(() =>
        page.locator(`[data-document-id="${DOC}"] [data-testid="span-count"]`).textContent(),
      )
      .toBe('1');
    await page.screenshot({ path: screenshotPath('annotate-person.png') });
    // The edit went over the socket a worker holds, which hands an edit's answer to the page
    // at the start of a frame (the page is cross-origin isolated to share memory).
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    expect(page.workers().map((w) => w.url())).toEqual([
      expect.stringMatching(/editSocketWorker-[\w-]+\.js$/),
    ]);
    const text = readFileSync(join(dir, 'documents', `${DOC}.txt`), 'utf8');
    const [stored] = storedLayer(dir).spans;
    expect(stored?.label).toBe('PERSON');
    expect(stored?.author).toBe('tester');
    expect(slice(text, stored!.fragments[0]!.start, stored!.fragments[0]!.end)).toBe('Mike Pompeo');
  });

  it('shows the span in the inspector when clicked', async () => {
    await page.locator('.lp-span.lp-label-PERSON').first().hover();
    // The label on hover: the title the browser shows over the span, its colour from its label's rule.
    expect(await page.locator('.lp-reading .ProseMirror').getAttribute('title')).toBe('PERSON');
    expect(
      await page
        .locator('.lp-span.lp-label-PERSON')
        .first()
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--lp-label-text').trim()),
    ).toBe('"PERSON"');
    await page.locator('.lp-span.lp-label-PERSON').first().click();
    expect(await page.getByTestId('covered-text').textContent()).toBe('Mike Pompeo');
    expect(await page.getByTestId('author').textContent()).toBe('tester');
    await page.screenshot({ path: screenshotPath('inspector.png') });
  });

  it('keeps the span across a server restart and a reload', async () => {
    await server.stop();
    server = await serveProject(dir, home);
    await page.goto(server.url);
    const span = page.locator('.lp-span.lp-label-PERSON');
    await span.first().waitFor();
    expect(await span.allTextContents()).toEqual(['Mike Pompeo']);
  });

  it('removes the span with Ctrl+Z and brings it back with Ctrl+Shift+Z', async () => {
    await selectText(page, 'Qassem Soleimani');
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.lp-span.lp-label-PERSON').count()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.locator('.lp-span.lp-label-PERSON').allTextContents())
      .toEqual(['Mike Pompeo']);
    // An undo whose answer comes after the next frame is drawn in that frame, saved a little later.
    await expect.poll(() => storedLayer(dir).spans.length).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.lp-span.lp-label-PERSON').count()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedLayer(dir).spans.length).toBe(1);
  });

  it('draws an undo and a redo already saved, never "Saving…", when the host answers before the frame', async () => {
    // Each key's change is watched from the key: a change whose answer the frame after the key
    // reads from the socket's slot shows no "Saving…" at all. A loaded machine may answer later
    // (then "Saving…" shows, as it must), so one such edit in up to 24 is what is asked.
    const watch = () =>
      page.evaluate(() => {
        const badge = document.querySelector('[data-testid="save-state"]');
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push(badge?.className ?? ''));
        if (badge) observer.observe(badge, { attributes: true });
        (window as unknown as { seenStates: () => string[] }).seenStates = () => {
          observer.disconnect();
          return seen;
        };
      });
    const seen = () =>
      page.evaluate(() => (window as unknown as { seenStates: () => string[] }).seenStates());
    let drawnSaved = 0;
    for (let round = 0; round < 12 && drawnSaved === 0; round++) {
      for (const [key, count] of [
        ['Control+Shift+z', 2],
        ['Control+z', 1],
      ] as const) {
        await watch();
        await page.keyboard.press(key);
        await expect.poll(() => page.locator('.lp-span.lp-label-PERSON').count()).toBe(count);
        await expect
          .poll(() => page.getByTestId('save-state').getAttribute('class'))
          .toContain('saved');
        if (!(await seen()).some((state) => state.includes('saving'))) drawnSaved++;
      }
    }
    expect(drawnSaved).toBeGreaterThan(0);
    expect(storedLayer(dir).spans).toHaveLength(1);
  });

  it('marks the document done', async () => {
    await page.getByRole('button', { name: 'Mark done' }).click();
    await expect
      .poll(() => page.locator(`[data-document-id="${DOC}"] .lp-status`).textContent())
      .toBe('done');
  });
});
