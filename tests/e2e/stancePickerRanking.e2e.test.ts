import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focused, selectWords } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { shots } from './support/themes';

// The stance form's entity pickers listed entities by name alone (A before P): a stranger of
// another document, or a place, came before the person the open document mentions. Holders
// now list who can hold a stance (the schema's people and organisations) first, and both
// pickers the document's own entities before the rest.
describe('the stance form’s entity pickers by keys (Chromium, loupe serve)', () => {
  let project: SeededPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const names = () => page.locator('.lp-picker .lp-picker__name').allTextContents();

  beforeAll(async () => {
    project = await openSeededPage('Stance pickers by keys');
    page = project.page;
    await callApi(project.server, 'createEntity', { name: 'Ankara', type: 'LOC' });
    await callApi(project.server, 'createEntity', { name: 'Ahmed Rashid', type: 'PERSON' });
  });

  afterAll(async () => {
    await project?.close();
  });

  it('lists the document’s person first for the holder and the target; Enter takes them', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Prime Minister');
    await page
      .locator('.lp-picker')
      .getByRole('option', { name: /New entity/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('linked-entity').textContent()).toBe('Prime Minister');
    await selectWords(page, 'asked Washington', 2);
    await page.keyboard.press('8');
    await expect.poll(said).toMatch(/^QUOTE: asked Washington, span/);
    await page.keyboard.press('s');
    await expect.poll(() => focused(page)).toMatch(/^select:Choose who…/);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Choose an entity… (who)');
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual(['Prime Minister', 'Ahmed Rashid', 'Ankara']);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^select:Choose who…/);
    expect(await page.getByLabel('Holder (who)').locator('option:checked').textContent()).toBe(
      'Prime Minister (entity)',
    );

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Choose an entity… (toward what)');
    await page.keyboard.press('Enter');
    // Any type may be a target: the document's entity first, then the rest by name.
    await expect.poll(names).toEqual(['Prime Minister', 'Ahmed Rashid', 'Ankara']);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Choose an entity… (toward what)');

    // The holder's picker in both themes (the form keeps the theme key to itself: it closes
    // for the key, Later, and S brings it back with its draft).
    const form = page.getByRole('form', { name: 'New stance' });
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await shots(
      page,
      'stance-holder-picker',
      async () => {
        await page.keyboard.press('s');
        await form.waitFor();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(names).toEqual(['Prime Minister', 'Ahmed Rashid', 'Ankara']);
      },
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await expect.poll(() => form.count()).toBe(0);
      },
    );
  });
});
