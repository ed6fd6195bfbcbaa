import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focused } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { runCommand } from './support/runCommand';
import { closeDialog, dialogShots } from './support/themes';

const DOC = '000_90267a0c835213d2';

// A training export of a layer without annotations is refused (an all-O CoNLL file is almost
// always a mistake); the command line lets it through with --allow-empty, and the dialog said
// "give --allow-empty", an option it did not have, so the export could not be made in the app.
describe('the Export dialog lets an empty training export through when asked, by keys (Chromium)', () => {
  let project: SeededPage;
  let page: Page;
  const dialog = () => page.getByRole('dialog', { name: 'Export a dataset' });
  const counts = () => page.getByTestId('export-counts').textContent();
  const box = () => dialog().getByRole('checkbox', { name: 'Write even if empty' });

  beforeAll(async () => {
    project = await openSeededPage('Empty export');
    page = project.page;
    // lena's layer, its one span deleted: a layer that holds no annotation.
    await callApi(project.server, 'addSpan', {
      documentId: DOC,
      label: 'PERSON',
      fragments: [{ start: 0, end: 4 }],
    });
    const opened = await callApi<{ layer: { spans: { id: string }[] } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    for (const span of opened.layer.spans)
      await callApi(project.server, 'deleteSpan', { documentId: DOC, spanId: span.id });
  });

  afterAll(async () => {
    await project?.close();
  });

  it('says why, offers the box, and Space on it writes the texts, said as a note', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await runCommand(page, 'export', 'Export…');
    await expect.poll(() => focused(page)).toBe('select:Export format');
    await page.selectOption('select[aria-label="Export format"]', 'conll');
    const alert = dialog().getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /^Nothing to export: the 5 documents of lena's layer hold no span, relation, stance or document label: annotate them or choose another Layer, or tick “Write even if empty” to write the texts without annotations\. Nothing was changed\.$/,
      );
    expect(await dialog().getByRole('button', { name: 'Write' }).isDisabled()).toBe(true);
    for (let i = 0; i < 20 && !(await box().evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');

    const onBox = () => box().evaluate((e) => e === document.activeElement);
    expect(await onBox()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(counts).toBe('5 documents, 0 spans, 0 stances in 1 file');
    expect(await alert.count()).toBe(0);
    // The box stays, ticked, with the keyboard on it, so it can be unticked.
    expect(await box().isChecked()).toBe(true);
    expect(await onBox()).toBe(true);
    expect(
      await dialog()
        .getByText(/^Note: the export holds no annotation/)
        .textContent(),
    ).toBe(
      'Note: the export holds no annotation, only the texts of 5 documents (“Write even if empty” ticked)',
    );
    // Kept through Esc, as the dialog's other choices are; axe and a look in both themes.
    await closeDialog(page);
    const found = await dialogShots(page, 'export-allow-empty', async () => {
      await runCommand(page, 'export', 'Export…');
      await expect.poll(counts).toBe('5 documents, 0 spans, 0 stances in 1 file');
      expect(await box().isChecked()).toBe(true);
    });
    expect(found).toEqual([]);
    await runCommand(page, 'export', 'Export…');
    await expect.poll(counts).toBe('5 documents, 0 spans, 0 stances in 1 file');
    await page.getByLabel('Export name').fill('texts.conll');
    await dialog().getByRole('button', { name: 'Write' }).click();
    await expect
      .poll(() => dialog().getByTestId('dialog-news').textContent())
      .toMatch(/^Exported 5 documents, 0 spans to /);
    const written = readFileSync(join(project.dir, 'exports', 'texts.conll'), 'utf8');
    expect(written).toMatch(/^-DOCSTART- -X- O O\n\ndate -X- _ O\n/);
    expect(written).not.toMatch(/ [BI]-/);
  });
});
