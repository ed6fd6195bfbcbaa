import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindings, shots } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const JOURNAL = `annotations/lena/${D0}.journal.jsonl`;

/** From the start of the text, labels `length` characters after `skip` with the label key `key`. */
async function labelByKeys(page: Page, skip: number, length: number, key: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < skip; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press(key);
}

// A layer whose journal turns read-only while the document is open: the first refused edit
// brings the notice above the text, as opening the document would have, without a reload.
describe('a layer that turns read-only during the session (Chromium)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-notice-later-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    await createProject(dir, { name: 'Notice later', seedsDir: seeds });
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    chmodSync(join(dir, JOURNAL), 0o644);
    await project?.close();
  });

  it('says the notice after an edit is refused, and nothing before', async () => {
    const notice = page.getByTestId('layer-notice');
    await labelByKeys(page, 0, 4, '1'); // the first edit writes the layer's snapshot
    await labelByKeys(page, 10, 4, '2'); // the next goes into its journal
    await expect.poll(() => existsSync(join(dir, JOURNAL))).toBe(true);
    expect(await notice.count()).toBe(0);

    chmodSync(join(dir, JOURNAL), 0o444); // another program marks it not to be touched
    await labelByKeys(page, 20, 4, '3');
    await expect
      .poll(() => notice.textContent())
      .toBe(
        `Edits of this document are not saved: ${JOURNAL} is read-only (mode 444): Loupe writes nothing into it; make it writable (chmod u+w) to edit this layer.Check again`,
      );
    expect(await axeFindings(page, '[data-testid="layer-notice"]')).toEqual([]);
    await shots(page, 'journal-notice-during-session');
  });
});
