import AxeBuilder from '@axe-core/playwright';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createWorkbench } from '../../src/node';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindings, shots, useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';
const READ_ONLY = `annotations/lena/${D0}.journal.jsonl`;
const DAMAGED = `annotations/lena/${D1}.journal.jsonl`;

// What the store leaves as it is (a read-only journal, a damaged one) and what `loupe stats`
// leaves out of its counts, said in the window where the user meets it, with what to do.
describe('journals Loupe leaves as they are, and files the statistics leave out (Chromium)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-notices-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');
  const alerts = () => page.getByRole('alert').allTextContents();

  beforeAll(async () => {
    await createProject(dir, { name: 'Notices', seedsDir: seeds });
    const workbench = await createWorkbench(dir, { userFolder: join(root, 'writer') });
    await workbench.updateSettings({ annotator: 'lena' });
    for (const documentId of [D0, D1]) {
      const { text } = (await workbench.openDocument({ documentId })).document;
      for (const needle of ['Iraq', 'Washington']) {
        const start = [...text.slice(0, text.indexOf(needle))].length;
        const fragments = [{ start, end: start + needle.length }];
        await workbench.addSpan({ documentId, label: 'GPE', fragments });
      }
    }
    chmodSync(join(dir, READ_ONLY), 0o444); // marked not to be touched: the close leaves it
    await workbench.close();
    expect(workbench.store.journalsLeft()).toEqual([expect.stringContaining(READ_ONLY)]);
    // A journal whose first record is no record Loupe writes: damage, not a torn append.
    writeFileSync(join(dir, DAMAGED), 'not a record\n{"seq":1}\tdeadbeef\n');
    project = await openProjectPage(dir, home, 'lena', { width: 1280, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    chmodSync(join(dir, READ_ONLY), 0o644);
    await project?.close();
  });

  it('says above the text that edits are not saved, which journal and what to do; a refused edit says the same', async () => {
    const notice = page.getByTestId('layer-notice');
    await expect
      .poll(() => notice.textContent())
      .toBe(
        `Edits of this document are not saved: ${READ_ONLY} is read-only (mode 444): Loupe leaves it as it is and saves no edit of this layer; make it writable (chmod u+w) to edit it.Check again`,
      );
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await axeFindings(page, '[data-testid="layer-notice"]')).toEqual([]);
    await shots(page, 'journal-notice');

    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Tab'); // Iraq
    await page.keyboard.press('Delete');
    await expect
      .poll(alerts)
      .toContain(
        `Nothing was saved: ${READ_ONLY} in the project folder is read-only (mode 444): Loupe writes nothing into it; make it writable (chmod u+w) to edit this layer.×`,
      );
    expect((await alerts()).join(' ')).not.toContain('another Loupe window');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(2);

    // Made writable, Check again (by keyboard) finds nothing to say, and edits are saved again.
    chmodSync(join(dir, READ_ONLY), 0o644);
    await page.getByRole('button', { name: 'Check again' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.count()).toBe(0);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(1);
  });

  it('names the damaged journal of a document it cannot open, its line and what to do', async () => {
    await page.locator(`[data-document-id="${D1}"]`).click();
    await expect
      .poll(alerts)
      .toContain(
        `Loupe cannot use ${DAMAGED} in the project folder, line 1: a journal record before the last one is damaged (bad checksum or not JSON); restore the file from git or a backup, or cut it before this line (the edits from here on are then lost).×`,
      );
    expect(await page.locator(`[data-document-id="${D1}"] .lp-status`).textContent()).toBe(
      'damaged',
    );
  });

  it('Project statistics shows the counts and names each file they leave out, with what to do', async () => {
    const dialog = page.getByRole('dialog', { name: 'Project statistics' });
    const show = async (): Promise<void> => {
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type('statistics');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.getByTestId('stats-summary').waitFor();
    };
    const hide = async (): Promise<void> => {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    };
    await show();
    const skipped = page.getByTestId('stats-skipped');
    await expect.poll(() => skipped.textContent()).toContain(DAMAGED);
    expect(await skipped.textContent()).toContain(
      '1 file could not be read and is left out of these counts.',
    );
    expect(await skipped.getAttribute('role')).toBe('alert');
    // What `loupe stats` counts: lena's span left on D0 after the delete, in progress; D1's
    // layer left out; three documents to do.
    expect(await page.getByTestId('stats-summary').textContent()).toBe(
      '5 documents · 31,677 characters · 1 annotator',
    );
    const cells = await dialog
      .locator('table')
      .first()
      .locator('tbody tr')
      .first()
      .locator('th, td')
      .allTextContents();
    expect(cells).toEqual(['lena', '1', '0', '0', '1', '3']);
    await hide();
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await show();
      const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      expect(
        violations
          .filter((v) => v.impact === 'critical' || v.impact === 'serious')
          .map((v) => v.id),
      ).toEqual([]);
      await hide();
    }
    await useTheme(page, 'light');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Document text');
    await shots(page, 'project-statistics', show, hide);
  });
});
