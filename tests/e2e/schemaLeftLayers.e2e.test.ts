import AxeBuilder from '@axe-core/playwright';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createWorkbench } from '../../src/node';
import { focusedControl } from './support/focusedControl';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';
const READ_ONLY = `annotations/omar/${D0}.journal.jsonl`;
const DAMAGED = `annotations/omar/${D1}.journal.jsonl`;

/** Presses Tab (or `key`) until the control named `name` has the keyboard. */
async function tabTo(page: Page, name: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 200 && (await focusedControl(page)).name !== name; i++)
    await page.keyboard.press(key);
  expect((await focusedControl(page)).name).toBe(name);
}

// A label renamed in the schema dialog while a teammate's layer cannot be rewritten (its journal
// is read-only) or read (damaged): the dialog says how many spans changed, how many were left,
// and which layers, whose, of which document and why.
describe('the schema dialog names the layers a rename left as they were (Chromium)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-schema-left-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    await createProject(dir, { name: 'Schema left', seedsDir: seeds });
    const omar = await createWorkbench(dir, { userFolder: join(root, 'omar') });
    await omar.updateSettings({ annotator: 'omar' });
    for (const documentId of [D0, D1]) {
      const { text } = (await omar.openDocument({ documentId })).document;
      for (const needle of ['Iraq', 'Washington']) {
        const start = [...text.slice(0, text.indexOf(needle))].length;
        const fragments = [{ start, end: start + needle.length }];
        await omar.addSpan({ documentId, label: 'GPE', fragments });
      }
    }
    chmodSync(join(dir, READ_ONLY), 0o444); // the close leaves it as it is
    await omar.close();
    writeFileSync(join(dir, DAMAGED), 'not a record\n{"seq":1}\tdeadbeef\n');
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
    page.on('dialog', (dialog) => void dialog.accept()); // the rename's question
  });

  afterAll(async () => {
    await project?.close();
  });

  it('renames GPE by keyboard and says the 2 spans and the 2 layers it left, with why', async () => {
    await page.keyboard.press('Control+Shift+p');
    await page.keyboard.type('Label schema');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Label schema' }).waitFor();
    await tabTo(page, 'input:Name of GPE');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('PLACE');
    await tabTo(page, 'button:Save schema');
    await page.keyboard.press('Enter');
    const left = page.getByTestId('label-spans-left');
    await left.waitFor();
    const said = (await left.textContent()) ?? '';
    expect(said).toContain('Changed 0 spans; left 2 spans');
    expect(said).toContain('in 2 layers Loupe cannot rewrite');
    expect(said).toContain(`omar's layer of ${D0}.txt (2 spans): ${READ_ONLY} is read-only`);
    expect(said).toContain(`omar's layer of ${D1}.txt: ${DAMAGED}`);
    // The schema itself was saved: the field now shows the new name.
    await expect.poll(() => page.getByLabel('Name of PLACE').count()).toBe(1);

    const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(
      violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id),
    ).toEqual([]);
    await left.scrollIntoViewIfNeeded();
    for (const theme of ['light', 'dark']) {
      // The dialog keeps the theme key to itself: the theme is set as the key would set it.
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await page.waitForTimeout(100);
      await page.screenshot({ path: screenshotPath(`schema-left-layers-1024-${theme}.png`) });
    }
  });
});
