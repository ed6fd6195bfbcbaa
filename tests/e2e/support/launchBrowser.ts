import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The one Chromium a test process shares between its files (each file gets contexts of its own). */
let shared: Promise<Browser> | undefined;

/** Debian's Chromium, headless, with the flags that keep it off the network. */
function launch(): Promise<Browser> {
  return chromium.launch({
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
}

/** The process's Chromium, launched again should it have gone (crashed, or closed). */
async function sharedBrowser(): Promise<Browser> {
  const current = await shared?.catch(() => undefined);
  if (current?.isConnected()) return current;
  shared = launch();
  return shared;
}

/**
 * A browser for one test file: Debian's Chromium, launched once per test process and shared
 * (launching and closing one took 0.7 s of each file), while everything the file opens lives
 * in browser contexts of its own, each a fresh profile (storage, cache, cookies). Every page
 * it opens is watched for uncaught errors (an exception, a promise rejection no one handled):
 * its `close()` closes those contexts and fails, naming the errors, so a test whose page broke
 * underneath does not pass because its assertions happened to hold.
 */
export async function launchBrowser(): Promise<Browser> {
  return leased(await sharedBrowser());
}

function leased(browser: Browser): Browser {
  const errors: string[] = [];
  const contexts = new Set<BrowserContext>();
  const watch = (page: Page): void => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.stack ?? error.message}`));
  };
  const newContext: Browser['newContext'] = async (options) => {
    const context = await browser.newContext(options);
    contexts.add(context);
    context.on('page', watch);
    context.once('close', () => contexts.delete(context));
    return context;
  };
  // A page of a context of its own, closed with it, as Browser.newPage makes one.
  const newPage: Browser['newPage'] = async (options) => (await newContext(options)).newPage();
  const close: Browser['close'] = async () => {
    for (const context of [...contexts]) await context.close().catch(() => undefined);
    if (errors.length > 0)
      throw new Error(`the page failed while the test ran:\n${errors.slice(0, 5).join('\n')}`);
  };
  const own: Partial<Record<PropertyKey, unknown>> = {
    newContext,
    newPage,
    close,
    contexts: () => [...contexts],
  };
  return new Proxy(browser, {
    get(target, key) {
      if (key in own) return own[key];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
