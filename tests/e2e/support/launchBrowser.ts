import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags that keep it off the network (Playwright gives
 * each launch a fresh profile). Every page it opens is watched for uncaught errors (an
 * exception, a promise rejection no one handled): closing the browser fails, naming them, so
 * a test whose page broke underneath does not pass because its assertions happened to hold.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.LOUPE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return watched(browser);
}

function watched(browser: Browser): Browser {
  const errors: string[] = [];
  const seen = new WeakSet<Page>();
  const watch = (page: Page): void => {
    if (seen.has(page)) return;
    seen.add(page);
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.stack ?? error.message}`));
  };
  const watchContext = (context: BrowserContext): BrowserContext => {
    context.on('page', watch);
    return context;
  };
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  const close = browser.close.bind(browser);
  browser.newContext = async (options) => watchContext(await newContext(options));
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watch(page);
    return page;
  };
  browser.close = async (options) => {
    await close(options);
    if (errors.length > 0)
      throw new Error(`the page failed while the test ran:\n${errors.slice(0, 5).join('\n')}`);
  };
  return browser;
}
