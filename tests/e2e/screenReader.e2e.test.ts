import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import {
  spanOver,
  topicStance,
  writeAnnotatorLayer,
  writeDisagreeingLayers,
} from '../helpers/annotatorLayer';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';

/** The text of the review item that has the keyboard, when it is the one marked current. */
function currentItem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.matches('.lp-review-item[aria-current="true"]')
      ? (active.textContent ?? '')
      : '';
  });
}

/** The option a screen reader reads in a combobox: the one its aria-activedescendant names. */
function activeOption(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    if (option?.getAttribute('role') !== 'option') return '';
    return `${option.getAttribute('aria-selected')}:${option.textContent?.trim()}`;
  });
}

// What someone who cannot see the screen hears: the focused element's role and name, and what
// the polite live regions say after each key.
describe('what a screen reader hears while annotating by keyboard (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-sr-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Screen reader', seedsDir: seeds });
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    const pompeo = spanOver(t0, 'Pompeo', 'PERSON', 'p1');
    await writeAnnotatorLayer(
      store,
      D0,
      'lena',
      [pompeo],
      [topicStance('st1', 'AGAINST', [pompeo])],
    );
    // One suggestion of the model, as `loupe suggest` writes it into the machine layer.
    const ghost = spanOver(t0, 'Baghdad', 'GPE', 'm1');
    await writeAnnotatorLayer(store, D0, 'model', [{ ...ghost, attributes: { confidence: 0.93 } }]);
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    await writeDisagreeingLayers(store, D1, t1);
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1280, height: 800 });
    page = project.page;
    await callApi(project.server, 'createEntity', { name: 'Mike Pompeo', type: 'PERSON' });
    await callApi(project.server, 'createEntity', { name: 'Washington', type: 'GPE' });
    // The window reads the entities it offers as known names when it opens.
    await page.reload();
    await page.locator('html[data-app="ready"] .ProseMirror').waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the entity picker is a combobox whose arrows move the option it reads out', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // the span on "Pompeo"
    await page.keyboard.press('e');
    const field = page.getByRole('combobox', { name: 'Search entities' });
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => activeOption(page)).toMatch(/^true:Mike Pompeo/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeOption(page)).toBe('true:+ New entity “Pompeo”');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
  });

  it('says which span a label key made, and which span Delete took away', async () => {
    const said = page.getByTestId('span-announcement');
    expect(await said.getAttribute('role')).toBe('status');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight'); // " date"
    await expect
      .poll(() => said.textContent())
      .toBe("Selected “date”: press a label's key to label it, or Tab to choose a label");
    await page.keyboard.press('9');
    await expect.poll(() => said.textContent()).toBe('MISC: date, span 1 of 2');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(1);
    await expect.poll(() => said.textContent()).toBe('Deleted MISC: date');
    // Esc on a span deletes nothing, and says nothing of it.
    await page.keyboard.press('Tab');
    await expect.poll(() => said.textContent()).toBe('PERSON: Pompeo, span 1 of 1');
    await page.keyboard.press('Escape');
    await expect.poll(() => said.textContent()).toBe('');
  });

  it('in review and adjudication the keyboard goes to the item J and K choose, so it is read out', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+p');
    await page.keyboard.type('agreement');
    await page.keyboard.press('Enter');
    await page.locator(`[data-review-document="${D1}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => currentItem(page)).toContain('“Iraq”');
    await page.keyboard.press('j');
    await expect.poll(() => currentItem(page)).toContain('“Mike Pompeo”');
    // Tab goes on to the item's own decisions.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('Accept A')),
    ).toBe(true);
    await page.keyboard.press('k');
    await expect.poll(() => currentItem(page)).toContain('“Iraq”');
    await page.keyboard.press('a'); // decided: the next item is chosen and read
    await expect.poll(() => currentItem(page)).toContain('“Mike Pompeo”');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');

    const picker = page.getByLabel('Document to adjudicate');
    await picker.selectOption(D1);
    await page.getByRole('button', { name: 'Adjudicate' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => currentItem(page)).toContain('“Iraq”');
    await page.keyboard.press('j');
    await expect.poll(() => currentItem(page)).toContain('“Mike Pompeo”');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.lp-fullview').count()).toBe(0);
  });

  it('says which suggestion ] (the model) and N (a known name) land on', async () => {
    const said = page.getByTestId('span-announcement');
    await page.keyboard.press('Escape');
    await page.keyboard.press(']');
    await expect
      .poll(() => said.textContent())
      .toMatch(/^Suggested by the model: GPE “Baghdad”, confidence 0.93, suggestion 1 of \d+$/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await expect
      .poll(() => said.textContent())
      .toBe('Known name “Washington”: Washington, GPE, not yet annotated');
    await page.keyboard.press('Escape');
    await expect.poll(() => said.textContent()).toBe('');
  });

  it('says how many results a search found', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Washington');
    await page.keyboard.press('Enter');
    const said = page.getByRole('region', { name: 'Search' }).getByRole('status');
    await expect.poll(() => said.textContent()).toMatch(/^\d+ results$/);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ouagadougou');
    await page.keyboard.press('Enter');
    await expect.poll(() => said.textContent()).toBe('0 results');
    await page.keyboard.press('Escape');
  });

  it('the stance map’s cells say their counts, not only who and toward what', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+p');
    await page.keyboard.type('stance map');
    await page.keyboard.press('Enter');
    await page.locator('.lp-cell').first().waitFor();
    expect(await page.locator('.lp-cell').first().textContent()).toBe('AGAINST 1');
    expect(
      await page
        .getByRole('button', { name: /toward US troop presence in Iraq: AGAINST 1$/ })
        .count(),
    ).toBe(1);
    await page.keyboard.press('Escape');
  });
});
