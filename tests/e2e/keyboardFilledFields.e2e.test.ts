import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focused, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { axeFindingsNow, shots } from './support/themes';

const TEXT = 'div[textbox]:Document text';

/** The focused field's value and whether all of it is selected (what typing replaces). */
function field(page: Page): Promise<{ value: string; whole: boolean }> {
  return page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const value = input.value ?? '';
    return {
      value,
      whole: value.length > 0 && input.selectionStart === 0 && input.selectionEnd === value.length,
    };
  });
}

// A field that opens filled (the span's text to find its entity by, a name to change, the last
// search) had the caret after its text: typing added to it. Its text is selected now, so typing
// replaces it and Enter keeps it, as in rename fields elsewhere.
describe('fields that open filled are selected when the keyboard gets there (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const linked = () => page.getByTestId('linked-entity').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Filled fields');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the entity field starts with the span’s text selected: typing replaces it, Enter keeps it', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    expect(await field(page)).toEqual({ value: 'Prime Minister', whole: true });
    await page.keyboard.press('Enter'); // a new entity named as the span
    await expect.poll(linked).toBe('Prime Minister');
    await selectWords(page, 'Washington to draw', 1);
    await page.keyboard.press('3');
    await expect.poll(said).toMatch(/^GPE: Washington, span/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    expect(await field(page)).toEqual({ value: 'Washington', whole: true });
    await page.keyboard.type('United States');
    expect((await field(page)).value).toBe('United States');
    // The first choice: no entity's name is like it, so a new entity by the typed name.
    await expect
      .poll(() => page.locator('.lp-picker').getByRole('option').first().textContent())
      .toBe('+ New entity “United States”');
    await page.keyboard.press('Enter');
    await expect.poll(linked).toBe('United States');

    // The field as it opens, in both themes: the span's text selected.
    const found: string[] = [];
    await shots(
      page,
      'entity-field-selected',
      async () => {
        await page.locator('.lp-reading .ProseMirror').focus();
        await page.keyboard.press('e');
        await expect.poll(() => field(page)).toEqual({ value: 'Washington', whole: true });
        found.push(...(await axeFindingsNow(page, '.lp-picker')));
      },
      () => page.keyboard.press('Escape'),
    );
    expect(found).toEqual([]);
  });

  it('the entity rename field and the entity’s name in its details start selected', async () => {
    await page.getByRole('tab', { name: 'Entities' }).focus();
    await page.keyboard.press('Enter');
    const head = page.locator('.lp-entity__head', { hasText: 'United States' });
    await head.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Rename', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Entity name');
    expect(await field(page)).toEqual({ value: 'United States', whole: true });
    await page.keyboard.type('USA');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-entity__name').allTextContents()).toContain('USA');
    // Said, as a merge and a split are.
    await expect
      .poll(() => page.getByTestId('span-announcement').textContent())
      .toBe('Renamed United States to USA');
    await page.getByRole('button', { name: 'Edit details…' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page)).toEqual({ value: 'USA', whole: true });
    // Esc cancels the form, as its Cancel button does, and gives the keyboard back to its button.
    await page.keyboard.type('Not kept');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.lp-entity__details').count()).toBe(0);
    expect(await focused(page)).toBe('button:Edit details…');
    expect(await page.locator('.lp-entity__name').allTextContents()).toContain('USA');
  });

  it('the document title field starts with the title selected', async () => {
    const title = await page.locator('.lp-doc-title').textContent();
    await page.getByRole('button', { name: 'Edit the title' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Document title');
    expect(await field(page)).toEqual({ value: title, whole: true });
    await page.keyboard.type('Troops');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-doc-title').textContent()).toBe('Troops');
  });

  it('Esc in the title field leaves the title as it was; Tab out of it saves', async () => {
    const edit = page.getByRole('button', { name: 'Edit the title' });
    const title = await page.locator('.lp-doc-title').textContent();
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Document title');
    await page.keyboard.type('Not to be kept');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Edit the title');
    // Long enough for a save the field's blur would have sent to be answered and drawn.
    await page.waitForTimeout(500);
    expect(await page.locator('.lp-doc-title').textContent()).toBe(title);
    const listed = await callApi<{ title?: string }[]>(project.server, 'listDocuments', {});
    expect(listed.map((d) => d.title)).not.toContain('Not to be kept');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kept by Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.lp-doc-title').textContent()).toBe('Kept by Tab');
  });

  it('Ctrl+F selects the last search, so a new one replaces it', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Control+f');
    await expect.poll(() => focused(page)).toBe('input:Search text');
    await page.keyboard.type('Iraq');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
    await page.keyboard.press('Control+f');
    await expect.poll(() => focused(page)).toBe('input:Search text');
    expect(await field(page)).toEqual({ value: 'Iraq', whole: true });
    await page.keyboard.type('Washington');
    expect((await field(page)).value).toBe('Washington');
  });

  it('a click in a filled field puts the caret where it pressed, nothing selected', async () => {
    const search = page.getByLabel('Search text');
    await page.locator('.lp-reading .ProseMirror').focus();
    await search.click({ position: { x: 8, y: 8 } });
    const at = await search.evaluate((input: HTMLInputElement) => [
      input.selectionStart,
      input.selectionEnd,
    ]);
    expect(at[0]).toBe(at[1]);
  });

  it('the annotator field starts with the name selected', async () => {
    await page.keyboard.press('Escape'); // out of the search field
    await page.keyboard.press('Control+Shift+p');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('annotator');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Annotator name');
    expect(await field(page)).toEqual({ value: 'lena', whole: true });
    await page.keyboard.type('amira');
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () => (await callApi<{ annotator: string }>(project.server, 'getSettings')).annotator,
      )
      .toBe('amira');
    // The change is said where the keyboard goes back to: the text, now amira's layer.
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await expect
      .poll(() => page.getByTestId('span-announcement').textContent())
      .toBe('Annotating as amira');
  });
});
