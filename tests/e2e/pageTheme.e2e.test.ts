import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { launchBrowser } from './support/launchBrowser';
import { screenshotPath } from './support/screenshotPath';
import { serveProject, type ServedProject } from './support/serveProject';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
/** The page's background in each theme (styles.css and shell.css: --lp-bg). */
const LIGHT = 'rgb(247, 246, 242)';
const DARK = 'rgb(21, 24, 28)';

function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

describe("the host's first screen in the user's theme", () => {
  let browser: Browser;
  let server: ServedProject;

  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
    await createProject(dir, { name: 'Theme', seedsDir: seeds });
    const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));
    writeFileSync(
      join(home, 'settings.json'),
      JSON.stringify({ formatVersion: 1, annotator: 'tester', snapToWords: true }),
    );
    server = await serveProject(dir, home);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The page as the host serves it, scripts on or off, in a browser whose system theme is `scheme`. */
  async function open(scheme: 'light' | 'dark', javaScriptEnabled: boolean, shot: string) {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      colorScheme: scheme,
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('.ProseMirror[data-spans="drawn"]').waitFor();
    if (javaScriptEnabled) await page.locator('html[data-app="ready"]').waitFor();
    await page.screenshot({ path: screenshotPath(shot) });
    return { context, page };
  }

  it('follows the system theme when no one chose, scripts off', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await open(scheme, false, `theme-system-${scheme}-no-script.png`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      expect(await background(page)).toBe(scheme === 'dark' ? DARK : LIGHT);
      await context.close();
    }
  });

  it("keeps the user's choice in their settings and writes it into the page, scripts on or off", async () => {
    const chosen = await open('light', true, 'theme-before-choice.png');
    await chosen.page.keyboard.press('Control+Shift+L');
    await expect.poll(() => background(chosen.page)).toBe(DARK);
    await expect
      .poll(async () => (await callApi<{ theme?: string }>(server, 'getSettings')).theme)
      .toBe('dark');
    await chosen.context.close();
    // A browser whose system is light, and which never saw the choice, opens dark at once.
    for (const scripts of [false, true]) {
      const name = `theme-chosen-dark-${scripts ? 'script' : 'no-script'}.png`;
      const { context, page } = await open('light', scripts, name);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await background(page)).toBe(DARK);
      await context.close();
    }
    // Chosen light on a dark system: light, scripts off.
    await callApi(server, 'updateSettings', { theme: 'light' });
    const { context, page } = await open('dark', false, 'theme-chosen-light-no-script.png');
    expect(await background(page)).toBe(LIGHT);
    await context.close();
  });
});
