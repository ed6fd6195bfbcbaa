import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installProbe, openDone } from './pageProbe';

/**
 * Opens `url` as the bench does, in a fresh context (no HTTP cache, no V8 code cache) with the
 * probe installed, waits until every highlight is drawn and the app takes edits, runs `use` on
 * the page, and closes the context.
 */
export async function withOpenedPage<T>(
  browser: Browser,
  url: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const { context, page } = await openProbedPage(browser, url);
  try {
    await page.waitForFunction(openDone, null, { polling: 50, timeout: 600_000 });
    return await use(page);
  } finally {
    await context.close();
  }
}

/**
 * A fresh context (no HTTP cache, no V8 code cache) with the probe installed, navigated to
 * `url` and not waited on; the caller closes the context.
 */
export async function openProbedPage(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript('window.__name = (f) => f;'); // tsx names functions it passes to the page
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await page.goto(url);
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}
