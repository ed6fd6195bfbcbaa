import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';
/** Known-name suggestions (not the model's). */
const GHOSTS = '.lp-ghost:not(.lp-ghost--machine)';

describe('a dismissed known-name suggestion stays dismissed (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-names-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-names-home-'));

  async function dismissed(): Promise<{ start: number; end: number }[]> {
    const opened = await callApi<{ layer: { dismissedNames?: { start: number; end: number }[] } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    return opened.layer.dismissedNames ?? [];
  }

  beforeAll(async () => {
    await createProject(dir, { name: 'Names', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester');
    page = project.page;
    await callApi(project.server, 'createEntity', { name: 'Pompeo', type: 'PERSON' });
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('is stored in the layer and not offered again after a reload', async () => {
    // "Pompeo" occurs four times in the first report (code points 957, 1106, 2928, 3197).
    await expect.poll(() => page.locator(GHOSTS).count()).toBe(4);
    // By keyboard: N goes from suggestion to suggestion, Backspace dismisses.
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await expect
      .poll(() => page.locator(`${GHOSTS}.lp-ghost--selected`).evaluate((el) => el.textContent))
      .toBe('Pompeo');
    expect(await page.locator(GHOSTS).nth(1).getAttribute('class')).toContain('selected');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator(GHOSTS).count()).toBe(3);
    await expect.poll(dismissed).toEqual([{ start: 1106, end: 1112 }]);
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
    await expect.poll(() => page.locator(GHOSTS).count()).toBe(3);
    // Undo brings it back: the dismissal is an edit like any other.
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(dismissed).toEqual([]);
    await expect.poll(() => page.locator(GHOSTS).count()).toBe(4);
  });
});
