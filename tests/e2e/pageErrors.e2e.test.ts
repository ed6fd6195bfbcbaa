import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launchBrowser';

describe("the browser tests' watch for uncaught page errors", () => {
  it('fails the close of a browser whose page threw, naming the error', async () => {
    const browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<script>setTimeout(() => { throw new Error("drawn past the end"); })</script>',
    );
    await page.waitForTimeout(50);
    await expect(browser.close()).rejects.toThrow(/drawn past the end/);
  });

  it('fails on a promise rejection no one handled, on a page opened without a context', async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.setContent('<script>Promise.reject(new Error("save refused"))</script>');
    await page.waitForTimeout(50);
    await expect(browser.close()).rejects.toThrow(/save refused/);
  });

  it('closes quietly when nothing failed', async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    await page.setContent('<p>fine</p>');
    await expect(browser.close()).resolves.toBeUndefined();
  });
});
