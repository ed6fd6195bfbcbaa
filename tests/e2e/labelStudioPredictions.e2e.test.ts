import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, exportProject, ProjectFolder } from '../../src/node';
import { pretty, region } from '../shared/formats/labelStudio/build';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

// A task a model pre-annotated in Label Studio and no one labelled: its predictions were kept
// in a layer named after the model and never offered as suggestions.
const prediction = {
  model_version: 'ner-v2',
  score: 0.8,
  result: [
    region('p1', 0, 3, 'IBM', 'ORG'),
    { ...region('p2', 10, 13, 'Ana', 'PERSON'), score: 0.95 },
  ],
};
const TASKS = [{ id: 41, data: { text: 'IBM hired Ana in Armonk.' }, predictions: [prediction] }];

describe("a Label Studio file's predictions are the model's suggestions (Chromium, loupe serve)", () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-ls-predictions-'));
  const dir = join(root, 'project');
  const said = () => page.getByTestId('span-announcement').textContent();
  const layer = async (annotator: string) =>
    (await ProjectFolder.open(dir)).readLayer('41', annotator);

  beforeAll(async () => {
    await createProject(dir, {
      name: 'Predictions',
      seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    });
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('imports the file, shows its predictions as ghosts of ner-v2, and accepts one by keyboard', async () => {
    await page.keyboard.press('Control+i');
    const input = page.getByLabel('Files to import');
    await input.waitFor();
    await input.setInputFiles([
      { name: 'tasks.json', mimeType: 'application/json', buffer: Buffer.from(pretty(TASKS)) },
    ]);
    const button = page.getByRole('button', { name: /^Import \d+ documents?/ });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => existsSync(join(dir, 'annotations', 'ner-v2', '41.json'))).toBe(true);
    await input.waitFor({ state: 'detached' });

    const opener = page.locator('[data-document-id="41"]');
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-ghost--machine').count()).toBe(2);
    expect(await page.locator('.lp-ghost--machine').first().getAttribute('title')).toBe(
      'ORG 0.80 (suggested by ner-v2)',
    );
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press(']');
    await expect
      .poll(said)
      .toBe('Suggested by ner-v2: ORG “IBM”, confidence 0.80, suggestion 1 of 2');
    await page.keyboard.press(']');
    await expect
      .poll(said)
      .toBe('Suggested by ner-v2: PERSON “Ana”, confidence 0.95, suggestion 2 of 2');
    await expect
      .poll(() => page.getByTestId('model-suggestion-current').textContent())
      .toMatch(/^PERSON 0\.95 · ner-v2 · /);
    await page.screenshot({ path: screenshotPath('label-studio-predictions.png') });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await layer('lena')).spans.length).toBe(1);
    expect((await layer('lena')).spans[0]).toMatchObject({
      label: 'PERSON',
      fragments: [{ start: 10, end: 13 }],
      provenance: { annotator: 'ner-v2', spanId: 'p2', confidence: 0.95 },
    });
    await expect.poll(() => page.locator('.lp-ghost--machine').count()).toBe(1);
    await expect
      .poll(
        async () => (await layer('ner-v2')).spans.find((s) => s.id === 'p2')?.attributes?.decision,
      )
      .toBe('accepted');
  });

  it('writes the task back with the accepted span as its annotation, the prediction as it was', async () => {
    await expect.poll(async () => (await layer('lena')).spans.length).toBe(1);
    const { result } = await exportProject(await ProjectFolder.open(dir), {
      format: 'labelstudio',
      annotator: 'lena',
    });
    const file = result.files.find((f) => f.path === 'tasks.json');
    const [task] = JSON.parse(file?.content ?? '[]') as {
      annotations: { result: { value: unknown }[] }[];
      predictions: unknown[];
    }[];
    expect(task?.predictions).toEqual([prediction]);
    expect(task?.annotations.map((a) => a.result.map((r) => r.value))).toEqual([
      [{ start: 10, end: 13, text: 'Ana', labels: ['PERSON'] }],
    ]);
  });
});
