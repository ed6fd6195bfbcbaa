import { mkdtempSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { launchBrowser } from './support/launchBrowser';
import { selectText } from './support/selectText';
import { serveProject, type ServedProject } from './support/serveProject';

/** Markup that runs code wherever text is interpreted as HTML; each payload names itself. */
const HOSTILE = [
  'Report from Baghdad.',
  '<script>window.__pwned = "script"; fetch("/pwned-script")</script>',
  "Photo: <img src=x onerror=\"window.__pwned = 'img'; fetch('/pwned-img')\"> caption.",
  "Source: <a href=\"javascript:window.__pwned = 'link'; fetch('/pwned-link')\">click me</a> here.",
  '<svg onload="window.__pwned = \'svg\'"></svg><iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
  '<b onmouseover="window.__pwned = \'hover\'">hover me</b> and <details open ontoggle="window.__pwned = \'toggle\'">x</details>',
].join('\n');

const FILE_NAME = 'wire <img src=y onerror=window.__pwned=9>.txt';

/** Elements that could only come from interpreting the text as HTML. */
const INJECTED =
  'script, img, iframe, svg, details, b, a[href^="javascript"], [onerror], [onload], [onmouseover]';

describe('document text is never interpreted as HTML (Chromium, CSP bypassed so only the rendering protects)', () => {
  let browser: Browser;
  let server: ServedProject;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-xss-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');
  const dialogs: string[] = [];
  const beacons: string[] = [];

  beforeAll(async () => {
    await mkdir(join(root, 'incoming'));
    await writeFile(join(root, 'incoming', FILE_NAME), HOSTILE);
    expect(
      runCli(['init', dir, '--name', '<img src=z onerror=window.__pwned=10>'], home).code,
    ).toBe(0);
    const imported = runCli(['import', dir, join(root, 'incoming')], home);
    expect(imported.code, imported.stderr).toBe(0);
    server = await serveProject(dir, home);
    browser = await launchBrowser();
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1400, height: 900 },
    });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url().includes('pwned')) beacons.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function assertNothingRan(where: string): Promise<void> {
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
      where,
    ).toBeUndefined();
    expect(dialogs, where).toEqual([]);
    expect(beacons, where).toEqual([]);
  }

  async function injectedIn(selector: string): Promise<number> {
    return page
      .locator(selector)
      .evaluateAll(
        (nodes, injected) =>
          nodes.reduce((n, node) => n + node.querySelectorAll(injected).length, 0),
        INJECTED,
      );
  }

  it('shows the markup as text in the document list, header and reading view', async () => {
    await page.goto(server.url);
    await page.getByLabel('Annotator name').fill('tester');
    await page.keyboard.press('Enter');
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    const reading = (await page.locator('.ProseMirror').textContent()) ?? '';
    expect(reading).toContain('<script>window.__pwned = "script"');
    expect(reading).toContain('<a href="javascript:');
    expect(await page.locator('.lp-doclist').textContent()).toContain(
      '<img src=y onerror=window.__pwned=9>',
    );
    expect(await page.locator('.lp-project').textContent()).toBe(
      '<img src=z onerror=window.__pwned=10>',
    );
    expect(await injectedIn('.ProseMirror, .lp-doclist, .lp-header, .lp-doc-title')).toBe(0);
    await assertNothingRan('reading view');
  });

  it('keeps hovering, clicking the would-be link and labeling it inert, in the label menu and the inspector', async () => {
    await page.getByText('hover me', { exact: false }).first().hover();
    await page.getByText('click me', { exact: false }).first().click();
    await selectText(page, '<img src=x onerror=');
    await page.locator('.lp-labelmenu').waitFor();
    expect(await page.locator('.lp-labelmenu__preview').getAttribute('title')).toContain(
      '<img src=x onerror=',
    );
    await page.keyboard.press('1');
    const span = page.locator('.lp-span').first();
    await span.waitFor();
    await span.hover();
    await span.click();
    expect(await page.getByTestId('covered-text').textContent()).toBe('<img src=x onerror=');
    expect(await injectedIn('.ProseMirror, .lp-inspector, .lp-labelmenu')).toBe(0);
    await assertNothingRan('inspector');
  });

  it('shows search results and their context as text', async () => {
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByLabel('Search text').fill('onerror');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-kwic__hit').count()).toBeGreaterThan(0);
    expect(await page.locator('.lp-search').textContent()).toContain('<img src=x ');
    await page.locator('.lp-kwic__hit').first().hover();
    expect(await injectedIn('.lp-search')).toBe(0);
    await assertNothingRan('search results');
  });
});
