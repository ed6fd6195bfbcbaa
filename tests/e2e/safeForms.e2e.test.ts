import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { selectText } from './support/selectText';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';

describe('forms that cannot hurt (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-forms-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-forms-home-'));

  beforeAll(async () => {
    await createProject(dir, { name: 'Forms', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  async function labels(): Promise<string[]> {
    const info = await callApi<{ schema: { labels: { name: string }[] } }>(
      project.server,
      'getProject',
    );
    return info.schema.labels.map((l) => l.name);
  }

  it('keeps a half-written stance with its document until it is saved or discarded', async () => {
    await selectText(page, 'Mike Pompeo');
    await page.keyboard.press('1');
    await page.locator('.lp-span').first().waitFor();
    await page.keyboard.press('s');
    const form = page.getByRole('form', { name: 'New stance' });
    await page.getByLabel('Holder').selectOption('none');
    await page.getByRole('radio', { name: /AGAINST/ }).click();
    await page.locator('.lp-doclist__item').nth(1).click();
    await expect.poll(() => form.count()).toBe(0);
    await page.locator('.lp-doclist__item').nth(0).click();
    await form.waitFor();
    expect(await page.getByLabel('Holder').inputValue()).toBe('none');
    expect(await form.getByRole('radio', { checked: true }).textContent()).toContain('AGAINST');
    await form.getByRole('button', { name: 'Discard' }).click();
    await page.keyboard.press('s');
    expect(await form.getByRole('radio', { checked: true }).count()).toBe(0);
  });

  it('renames a label in use after one question, everywhere, keeping a label added in the same save', async () => {
    let questions = 0;
    page.on('dialog', (dialog) => {
      questions++;
      void dialog.accept();
    });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Schema' }).click();
    await page.getByLabel('Name of PERSON').fill('PER');
    await page.getByLabel('New label').fill('FACILITY');
    await page.getByRole('button', { name: 'Add label' }).click();
    await page.getByRole('button', { name: 'Save schema' }).click();
    await expect.poll(labels).toContain('FACILITY');
    await expect.poll(labels).toContain('PER');
    expect(await labels()).not.toContain('PERSON');
    expect(questions).toBe(1);
    // The legend shows the schema at once; the layers are rewritten by the same save, so wait for it.
    const spanLabels = async (): Promise<string[]> =>
      (
        await callApi<{ layer: { spans: { label: string }[] } }>(project.server, 'openDocument', {
          documentId: DOC,
        })
      ).layer.spans.map((s) => s.label);
    await expect.poll(spanLabels).toEqual(['PER']);
    // Nothing went wrong: the only news is the save's own.
    const alerts = page.locator('.lp-error, [role="alert"]');
    expect(await alerts.filter({ hasNotText: 'Saved the label schema.' }).count()).toBe(0);
  });

  it("edits an entity's aliases, knowledge base id, type and note", async () => {
    await page.keyboard.press('Escape'); // the schema dialog
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('.lp-span').first().click();
    await page.keyboard.press('e');
    await page.getByText('New entity “Mike Pompeo”').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Entities' }).click();
    await page.locator('.lp-entity__head').first().click();
    await page.getByRole('button', { name: 'Edit details…' }).click();
    const form = page.getByRole('form', { name: 'Details of Mike Pompeo' });
    await form.getByLabel('Aliases').fill('Michael Pompeo\nSecretary Pompeo');
    await form.getByLabel('Knowledge base id').fill('Q473239');
    await form.getByLabel('Type').selectOption('PERSON');
    await form.getByLabel('Note').fill('US Secretary of State 2018–2021');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(async () => {
        const [entity] = await callApi<{ aliases: string[]; kbId?: string; note?: string }[]>(
          project.server,
          'listEntities',
        );
        return entity;
      })
      .toMatchObject({
        aliases: ['Michael Pompeo', 'Secretary Pompeo'],
        kbId: 'Q473239',
        note: 'US Secretary of State 2018–2021',
      });
  });
});
