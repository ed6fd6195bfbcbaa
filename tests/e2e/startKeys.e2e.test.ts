import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** A new page whose app chunk waits until `release` is called: the page stays as the host wrote it. */
async function heldPage(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page; release(): void }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, release };
}

async function projectOf(name: string): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  await createProject(dir, { name, seedsDir: seeds });
  return dir;
}

describe('a name typed at once, before the app has loaded', () => {
  let browser: Browser;
  let server: ServedProject;

  beforeAll(async () => {
    // A user folder with no settings: the app opens on "Who is annotating?".
    server = await serveProject(await projectOf('Start keys'), mkdtempSync(join(tmpdir(), 'h-')));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('goes into the name field whole, typed right after the page opened', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.keyboard.type('amira');
      const field = page.getByLabel('Annotator name');
      await expect.poll(() => field.inputValue()).toBe('amira');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Annotator name',
      );
      // The field kept the keyboard: what comes next is typed after, not over, the name.
      await page.keyboard.type('-k');
      expect(await field.inputValue()).toBe('amira-k');
    } finally {
      await context.close();
    }
  });

  it('loses no key typed before, during and after the app loads; Enter typed blind is named, not applied', async () => {
    const { context, page, release } = await heldPage(browser, server.url);
    try {
      await page.keyboard.type('ami');
      await page.keyboard.press('Enter');
      release();
      await page.keyboard.type('ra');
      const field = page.getByLabel('Annotator name');
      await expect.poll(() => field.inputValue()).toBe('amira');
      await expect
        .poll(() => page.locator('.lp-dialog [role="status"]').textContent())
        .toContain('not applied: Enter');
      await page.screenshot({ path: screenshotPath('start-keys-name.png') });
      await page.keyboard.press('Enter');
      await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
      await expect
        .poll(async () => (await callApi<{ annotator?: string }>(server, 'getSettings')).annotator)
        .toBe('amira');
    } finally {
      await context.close();
    }
  });
});

describe('keys pressed on the first screen, replayed once the app is ready', () => {
  let browser: Browser;
  let server: ServedProject;
  let documentId = '';

  beforeAll(async () => {
    const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));
    writeFileSync(
      join(home, 'settings.json'),
      JSON.stringify({ formatVersion: 1, annotator: 'tester', snapToWords: true }),
    );
    server = await serveProject(await projectOf('Replay'), home);
    const [first] = await callApi<{ id: string }[]>(server, 'listDocuments');
    documentId = first?.id ?? '';
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('labels the text selected on the first screen, opens search, refuses Ctrl+Z with a note', async () => {
    const { context, page, release } = await heldPage(browser, server.url);
    try {
      await page.locator('[data-first-paint] .ProseMirror[data-spans="drawn"]').waitFor();
      // The first word of the text (a text node that holds a whole word and what follows it).
      const word = await page.evaluate(() => {
        const reading = document.querySelector('[data-first-paint] .ProseMirror') as Node;
        const walker = document.createTreeWalker(reading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const end = (node.nodeValue ?? '').search(/[A-Za-z]{3,}\b/);
          const match = /[A-Za-z]{3,}/.exec(node.nodeValue ?? '');
          if (end < 0 || !match || match.index + match[0].length === node.nodeValue?.length)
            continue;
          document
            .getSelection()
            ?.setBaseAndExtent(node, match.index, node, match.index + match[0].length);
          return document.getSelection()?.toString();
        }
        return '';
      });
      expect(word).toBeTruthy();
      await page.keyboard.press('1'); // PERSON, on the selected word
      const note = page.locator('[data-first-paint] [role="status"]');
      expect(await note.textContent()).toBe('Loupe is still opening: 1 will act once it is ready.');
      await page.keyboard.press('Control+z');
      expect(await note.textContent()).toContain('Ctrl+Z was not applied');
      await page.keyboard.press('Control+f');
      expect(await note.textContent()).toContain('Ctrl+F will act once it is ready');
      await page.screenshot({ path: screenshotPath('start-keys-first-screen.png') });
      release();
      await page.locator('html[data-app="ready"]').waitFor();
      // The label key made a span on exactly the word selected, then Ctrl+F opened search.
      await expect
        .poll(async () => {
          const opened = await callApi<{
            layer: { spans: { label: string; fragments: { start: number; end: number }[] }[] };
            document: { text: string };
          }>(server, 'openDocument', { documentId });
          return opened.layer.spans.map((span) => {
            const [fragment] = span.fragments;
            return `${span.label}:${[...opened.document.text].slice(fragment?.start, fragment?.end).join('')}`;
          });
        })
        .toEqual([`PERSON:${word}`]);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Search text');
      await expect.poll(() => page.locator('.lp-toast').textContent()).toContain('Ctrl+Z');
      await page.screenshot({ path: screenshotPath('start-keys-replayed.png') });
    } finally {
      await context.close();
    }
  });

  it('keeps a selection made on the first screen through the hand-over', async () => {
    const { context, page, release } = await heldPage(browser, server.url);
    try {
      await page.locator('[data-first-paint] .ProseMirror[data-spans="drawn"]').waitFor();
      const selected = await page.evaluate(() => {
        const paragraphs = document.querySelectorAll('[data-first-paint] .ProseMirror p');
        const paragraph = paragraphs[2] ?? paragraphs[0];
        const walker = document.createTreeWalker(paragraph as Node, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode() as Text;
        document.getSelection()?.setBaseAndExtent(text, 0, text, Math.min(12, text.length));
        return document.getSelection()?.toString();
      });
      release();
      await page.locator('html[data-app="ready"]').waitFor();
      await expect
        .poll(() => page.evaluate(() => document.getSelection()?.toString()))
        .toContain((selected ?? '').trim().split(' ')[0]);
      await page.locator('.lp-labelmenu').waitFor();
    } finally {
      await context.close();
    }
  });
});
