import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focusedControl } from './support/focusedControl';
import { focused, selectWords } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { shots } from './support/themes';

const TEXT = 'div[textbox]:Document text';

// An entity field (the search that links a span, an entity's rename field, its details) stayed
// open once F6 had taken the keyboard to another part of the window: what was typed in it waited
// there unsaved and unsaid, and F6 coming back to that part landed elsewhere. F6 away now closes
// it: a rename or the details are saved (an empty name is not, and that is said), a search
// chooses nothing, and what became of it is said.
describe('entity fields left by F6 (Chromium, loupe serve)', () => {
  let project: SeededPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const registry = () => callApi<{ name: string; kbId?: string }[]>(project.server, 'listEntities');

  beforeAll(async () => {
    project = await openSeededPage('Entity fields and F6');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  /** The Entities tab's first entity, opened by keys: its mentions and actions. */
  async function openFirstEntity(): Promise<void> {
    await page.getByRole('tab', { name: 'Entities' }).focus();
    await page.keyboard.press('Enter');
    const head = page.locator('.lp-entity__head').first();
    await head.focus();
    if ((await head.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  }

  it('the search linking a span closes, linking nothing, and says so', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await expect.poll(() => focused(page)).toBe(TEXT);
    await selectWords(page, 'Mike Pompeo', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Mike Pompeo/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.type('Pomp');
    await page.keyboard.press('F6');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Search entities' }).count())
      .toBe(0);
    await expect.poll(said).toBe('Closed the entity search for “Pomp”: nothing chosen');
    // The keyboard stays where F6 took it, ringed (the search did not pull it back to the text).
    expect(await focused(page)).toBe('button:File');
    expect((await focusedControl(page)).ring).toBe(true);
    expect(await registry()).toEqual([]);
    await shots(page, 'entity-search-left-by-f6');
  });

  it('a rename is saved, an emptied one is not, and each is said', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await selectWords(page, 'Mike Pompeo', 2);
    await page.keyboard.press('Escape');
    // The span labelled above: linked to a new entity named by its text.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    await expect.poll(said).toMatch(/^PERSON: Mike Pompeo/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.press('Enter');
    await page.getByTestId('linked-entity').waitFor();

    await openFirstEntity();
    await page.getByRole('button', { name: 'Rename', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Entity name');
    await page.keyboard.type('Michael Pompeo');
    await page.keyboard.press('F6');
    await expect.poll(() => page.getByLabel('Entity name').count()).toBe(0);
    await expect.poll(said).toBe('Renamed Mike Pompeo to Michael Pompeo');
    await expect
      .poll(async () => (await registry()).map((e) => e.name))
      .toEqual(['Michael Pompeo']);
    expect(await focused(page)).toBe(TEXT);

    await openFirstEntity();
    await page.getByRole('button', { name: 'Rename', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Entity name');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Shift+F6');
    await expect.poll(() => page.getByLabel('Entity name').count()).toBe(0);
    await expect.poll(said).toBe('Rename of Michael Pompeo not saved: the name was empty');
    expect((await registry()).map((e) => e.name)).toEqual(['Michael Pompeo']);
    expect(await focused(page)).toBe('button:File');
  });

  it("an entity's details are saved, and that is said", async () => {
    await openFirstEntity();
    await page.getByRole('button', { name: 'Edit details…' }).focus();
    await page.keyboard.press('Enter');
    const kb = page.getByLabel('Knowledge base id (e.g. a Wikidata Q-id)');
    await kb.waitFor();
    for (let i = 0; i < 6 && !(await kb.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('Q473239');
    await page.keyboard.press('F6');
    await expect.poll(() => page.locator('.lp-entity__details').count()).toBe(0);
    await expect.poll(said).toBe('Saved the details of Michael Pompeo');
    await expect.poll(async () => (await registry())[0]?.kbId).toBe('Q473239');
    expect(await focused(page)).toBe(TEXT);

    // Nothing changed: closed, and that is said.
    await openFirstEntity();
    await page.getByRole('button', { name: 'Edit details…' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.lp-entity__details').waitFor();
    await page.keyboard.press('F6');
    await expect.poll(() => page.locator('.lp-entity__details').count()).toBe(0);
    await expect.poll(said).toBe('Closed the details of Michael Pompeo: nothing changed');
    await shots(page, 'entity-details-left-by-f6');
  });

  // Rebound in the shortcuts dialog, the keys of Next and Previous Part of the Window moved the
  // keyboard on but left the field open: only a press of F6 itself closed it.
  it('the keys Next and Previous Part of the Window are rebound to close the fields too', async () => {
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rebind = async (id: string, title: string, chord: string, shown: string) => {
      await page.locator('.lp-reading .ProseMirror').focus();
      await page.keyboard.press('Control+/');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: `Change the key of ${title}` }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press(chord);
      await expect
        .poll(() => dialog.locator(`[data-command="${id}"] dt`).textContent())
        .toBe(shown);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    };
    await rebind('nextRegion', 'Next Part of the Window', 'F7', 'F7');
    await rebind('previousRegion', 'Previous Part of the Window', 'Control+Alt+j', 'Ctrl+Alt+J');

    await openFirstEntity();
    await page.getByRole('button', { name: 'Edit details…' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.lp-entity__details').waitFor();
    await page.keyboard.press('Control+Alt+j');
    await expect.poll(() => page.locator('.lp-entity__details').count()).toBe(0);
    await expect.poll(said).toBe('Closed the details of Michael Pompeo: nothing changed');
    expect(await focused(page)).toBe('button:File');

    await openFirstEntity();
    await page.getByRole('button', { name: 'Rename', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Entity name');
    await page.keyboard.type('Mike Pompeo');
    await page.keyboard.press('F7');
    await expect.poll(() => page.getByLabel('Entity name').count()).toBe(0);
    await expect.poll(said).toBe('Renamed Michael Pompeo to Mike Pompeo');
    expect(await focused(page)).toBe(TEXT);

    // The entity search linking a span closes the same way.
    await page.locator('.lp-reading .ProseMirror').focus();
    await selectWords(page, 'Mike Pompeo', 2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.type('Pomp');
    await page.keyboard.press('F7');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Search entities' }).count())
      .toBe(0);
    await expect.poll(said).toBe('Closed the entity search for “Pomp”: nothing chosen');
  });
});
