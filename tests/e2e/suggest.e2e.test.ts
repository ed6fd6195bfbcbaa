import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, ProjectFolder } from '../../src/node';
import type { Layer } from '../../src/shared/model';
import { demoNameSpans } from '../helpers/demoNameSpans';
import { writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { launchBrowser } from './support/launchBrowser';
import { serveProject, type ServedProject } from './support/serveProject';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const ANNOTATED = ['000_90267a0c835213d2', '001_8f0f90acb7aa8cc5'];
const TARGET = '003_db420c97a7bde98a';
/** A layer as Loupe reads it (a layer file may hold a snapshot and a journal). */
async function layer(dir: string, annotator: string, id: string): Promise<Layer> {
  return (await ProjectFolder.open(dir)).readLayer(id, annotator);
}

describe('suggestions of the model in Chromium: run, accept and reject by keyboard', () => {
  let browser: Browser;
  let server: ServedProject;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'E2E suggest', seedsDir: seeds });
    const store = await ProjectFolder.open(dir);
    for (const id of ANNOTATED)
      await writeAnnotatorLayer(
        store,
        id,
        'tester',
        demoNameSpans(await store.readText(id), 'tester'),
      );
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

  it('runs Suggest from its key, and shows the model layer of another document as dashed ghosts', async () => {
    // Focus, not a click at a corner: on a slow machine the sticky toolbar can cover the corner.
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+g');
    await expect
      .poll(() => page.locator('.lp-toast, [role="alert"], [role="status"]').allTextContents(), {
        timeout: 60_000,
      })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Suggested [\d,]+ spans? in 3 documents, learned from 2/),
        ]),
      );
    await page.locator('.lp-doclist__item').nth(3).click();
    await expect.poll(() => page.locator('.lp-ghost--machine').count()).toBeGreaterThan(5);
    const title = await page.locator('.lp-ghost--machine').first().getAttribute('title');
    expect(title).toMatch(/^(GPE|PERSON) [01]\.\d\d \(suggested by the model\)$/);
  });

  it("accepts the ghost under the cursor with Enter: it becomes the user's span, with provenance model", async () => {
    const before = page.locator('.lp-span').count();
    await page.keyboard.press(']');
    await page.locator('.lp-ghost--machine.lp-ghost--selected').waitFor();
    await page.screenshot({ path: screenshotPath('suggest-ghosts.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-span').count()).toBeGreaterThan(await before);
    // Seen is not yet saved: wait for the layer on disk, as the title's save state would.
    await expect.poll(async () => (await layer(dir, 'tester', TARGET)).spans.length).toBe(1);
    const mine = (await layer(dir, 'tester', TARGET)).spans;
    expect(mine[0]?.provenance?.annotator).toBe('model');
    await expect
      .poll(
        async () =>
          (await layer(dir, 'model', TARGET)).spans.find(
            (s) => s.id === mine[0]?.provenance?.spanId,
          )?.attributes?.decision,
      )
      .toBe('accepted');
  });

  it('rejects the next one with Backspace, remembered in the model layer and gone from the view', async () => {
    const ghosts = await page.locator('.lp-ghost--machine').count();
    if (!(await page.locator('.lp-ghost--machine.lp-ghost--selected').count()))
      await page.keyboard.press(']');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('.lp-ghost--machine').count()).toBeLessThan(ghosts);
    await expect
      .poll(
        async () =>
          (await layer(dir, 'model', TARGET)).spans.filter(
            (s) => s.attributes?.decision === 'rejected',
          ).length,
      )
      .toBe(1);
    expect((await layer(dir, 'tester', TARGET)).spans).toHaveLength(1);
  });

  it('shows the precision of decided suggestions per label in the agreement view', async () => {
    await page.getByRole('button', { name: 'Agreement' }).click();
    const panel = page.getByTestId('suggestion-precision');
    await panel.waitFor();
    await page.screenshot({ path: screenshotPath('suggest-precision.png') });
    const rows = await panel.locator('tbody tr').allTextContents();
    const decided = rows.filter((r) => /(0\.50|1\.00|0\.00)/.test(r));
    expect(decided.length).toBeGreaterThan(0);
    expect(await panel.locator('h3').textContent()).toMatch(/Suggestions of model/);
  });
});
