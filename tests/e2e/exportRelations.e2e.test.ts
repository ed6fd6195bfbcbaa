import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { runCommand } from './support/runCommand';
import { closeDialog, dialogShots } from './support/themes';

const DOC = '000_90267a0c835213d2';

// An export's counts named documents, spans and stances, never the relations it wrote.
describe('the Export dialog says how many relations it wrote (Chromium)', () => {
  let project: SeededPage;
  let page: Page;
  const dialog = () => page.getByRole('dialog', { name: 'Export a dataset' });
  const counts = () => page.getByTestId('export-counts').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Export relations');
    page = project.page;
    const ids: string[] = [];
    for (const [start, end] of [
      [0, 4],
      [5, 9],
    ]) {
      const added = await callApi<{ changes: { upserted: { id: string }[] }[] }>(
        project.server,
        'addSpan',
        { documentId: DOC, label: 'PERSON', fragments: [{ start, end }] },
      );
      ids.push(added.changes[0]?.upserted[0]?.id ?? '');
    }
    await callApi(project.server, 'addRelation', {
      documentId: DOC,
      from: ids[0],
      to: ids[1],
      type: 'knows',
    });
    await page.reload();
    await page.locator('html[data-app="ready"]').waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('counts the relation in the preview and in the line said once written', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await runCommand(page, 'export', 'Export…');
    await page.selectOption('select[aria-label="Export format"]', 'doccano');
    await expect.poll(counts).toMatch(/^5 documents, 2 spans, 1 relation, 0 stances in 1 file$/);
    await page.getByLabel('Export name').fill('related.jsonl');
    await dialog().getByRole('button', { name: 'Write' }).click();
    await expect
      .poll(() => dialog().getByTestId('dialog-news').textContent())
      .toMatch(/^Exported 5 documents, 2 spans, 1 relation to .*related\.jsonl\.$/);
    const written = readFileSync(join(project.dir, 'exports', 'related.jsonl'), 'utf8');
    expect(written.match(/"from_id"/g)).toHaveLength(1);
    // A look in both themes at 1280 and 1024 px, axe in each.
    await closeDialog(page);
    const found = await dialogShots(page, 'export-relations', async () => {
      await runCommand(page, 'export', 'Export…');
      await page.selectOption('select[aria-label="Export format"]', 'doccano');
      await expect.poll(counts).toMatch(/, 1 relation, 0 stances in 1 file$/);
    });
    expect(found).toEqual([]);
  });
});
