import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { launchBrowser } from './support/launchBrowser';
import { screenshotPath } from './support/screenshotPath';
import { serveProject, type ServedProject } from './support/serveProject';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');

/** Where the first paragraph and the first highlight are on screen. */
function layoutNow(): { paragraph: DOMRect; span: DOMRect; scrollTop: number; spans: number } {
  const reading = document.querySelector('.lp-reading .ProseMirror') as HTMLElement;
  return {
    paragraph: (reading.querySelector('p') as HTMLElement).getBoundingClientRect().toJSON(),
    span: (reading.querySelector('.lp-span') as HTMLElement).getBoundingClientRect().toJSON(),
    scrollTop: (document.querySelector('main.lp-main') as HTMLElement).scrollTop,
    spans: new Set(
      [...reading.querySelectorAll('.lp-span')].map((e) => e.getAttribute('data-span-id')),
    ).size,
  };
}

/** Counts painted frames in which the page showed no text (from now until the app is ready and two frames more). */
function watchFrames(): void {
  const seen = { frames: 0, empty: 0 };
  Object.assign(window, { frameWatch: seen });
  let after = 0;
  const tick = (): void => {
    seen.frames++;
    if (!document.querySelector('.lp-reading .ProseMirror p')) seen.empty++;
    if (document.documentElement.dataset.app === 'ready') after++;
    if (after < 3) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** A page whose app chunk is held back until `release` is called: the first paint stays on screen. */
async function heldPage(
  browser: Browser,
  url: string,
  colorScheme: 'light' | 'dark',
): Promise<{ context: BrowserContext; page: Page; release(): void }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme });
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-first-paint] .ProseMirror[data-spans="drawn"]').waitFor();
  return { context, page, release };
}

describe('the first screen, painted before the app loads', () => {
  let browser: Browser;
  let server: ServedProject;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'First paint', seedsDir: seeds });
    mkdirSync(home, { recursive: true });
    writeFileSync(
      join(home, 'settings.json'),
      JSON.stringify({ formatVersion: 1, annotator: 'tester', snapToWords: true }),
    );
    server = await serveProject(dir, home);
    const [first] = await callApi<{ id: string }[]>(server, 'listDocuments');
    const documentId = first?.id ?? '';
    for (const [label, start, end] of [
      ['PERSON', 40, 52],
      ['ORG', 120, 131],
      ['GPE', 200, 207],
    ] as const)
      await callApi(server, 'addSpan', { documentId, label, fragments: [{ start, end }] });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('paints the document with its spans, refuses keys visibly, and the app takes over without moving the text', async () => {
    const { context, page, release } = await heldPage(browser, server.url, 'light');
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
      await page.screenshot({ path: screenshotPath('first-paint-preview-light.png') });
      await page.evaluate(() => {
        (document.querySelector('main.lp-main') as HTMLElement).scrollTop = 90;
      });
      const before = await page.evaluate(layoutNow);
      expect(before.spans).toBe(3);
      expect(before.scrollTop).toBe(90);
      // Ctrl+Z would undo the last add: the preview refuses it and says so.
      await page.keyboard.press('Control+z');
      const note = page.locator('[data-first-paint] [role="status"]');
      await expect.poll(() => note.textContent()).toContain('Ctrl+Z was not applied');
      await page.evaluate(watchFrames);
      release();
      await page.locator('html[data-app="ready"]').waitFor();
      await page.waitForFunction(
        () => (window as unknown as { frameWatch: { frames: number } }).frameWatch.frames > 3,
      );
      const after = await page.evaluate(layoutNow);
      expect(after.spans).toBe(3);
      expect(after.scrollTop).toBe(90);
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(after.paragraph[key] - before.paragraph[key])).toBeLessThan(0.5);
        expect(Math.abs(after.span[key] - before.span[key])).toBeLessThan(0.5);
      }
      const frames = await page.evaluate(
        () => (window as unknown as { frameWatch: { empty: number } }).frameWatch,
      );
      expect(frames.empty).toBe(0);
      expect(await page.locator('[data-first-paint]').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('first-paint-app-light.png') });
      // The app handles keys from here: Ctrl+Z now undoes the last add.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await page.evaluate(layoutNow)).spans).toBe(2);
    } finally {
      await context.close();
    }
  });

  it('is in the page itself: the text and its spans show with scripts turned off', async () => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const reading = page.locator('[data-first-paint] .ProseMirror[data-spans="drawn"]');
      await reading.waitFor();
      // As many spans drawn as the project holds now (the first test undoes one of three).
      const { spans } = await page.evaluate(layoutNow);
      expect(spans).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.lp-toolbar > .lp-muted').textContent()).toContain(
        `${spans} spans`,
      );
      expect(await page.locator('.lp-toolbar .lp-doc-title').textContent()).not.toBe('');
      await page.screenshot({ path: screenshotPath('first-screen-no-script.png') });
    } finally {
      await context.close();
    }
  });

  it('paints in the dark theme when the app opens in it', async () => {
    const { context, page, release } = await heldPage(browser, server.url, 'dark');
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.screenshot({ path: screenshotPath('first-paint-preview-dark.png') });
      const before = await page.evaluate(layoutNow);
      release();
      await page.locator('html[data-app="ready"]').waitFor();
      const after = await page.evaluate(layoutNow);
      expect(Math.abs(after.paragraph.y - before.paragraph.y)).toBeLessThan(0.5);
      await page.screenshot({ path: screenshotPath('first-paint-app-dark.png') });
    } finally {
      await context.close();
    }
  });
});
