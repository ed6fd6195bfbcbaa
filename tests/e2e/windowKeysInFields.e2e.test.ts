import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';

const TEXT = 'div[textbox]:Document text';

// In the search field, the stance form, the entity picker, a span's note, the title field and an
// entity's rename field and details, F6 and the
// window's Ctrl chords (the command palette, the shortcuts list) did nothing: each field kept
// every key to itself, so a keyboard user there could only leave by Esc or Tab first.
describe('the window keys work from fields that keep their letters (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const palette = () => page.getByRole('dialog', { name: 'Command palette' });

  beforeAll(async () => {
    project = await openSeededPage('Keys in fields');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  /**
   * From the field `reach` leaves the keyboard in: F6 leaves it, Ctrl+Shift+P opens the palette;
   * Esc there then gives the keyboard `back` (the text, unless the field came from elsewhere).
   */
  async function windowKeysFrom(
    field: string,
    reach: () => Promise<void>,
    back: string | RegExp = TEXT,
  ): Promise<void> {
    await reach();
    expect(await focused(page)).toBe(field);
    await page.keyboard.press('F6');
    await expect.poll(() => focused(page)).not.toBe(field);
    expect((await focusedControl(page)).ring).toBe(true);
    await page.keyboard.press('Escape');
    await reach();
    await page.keyboard.press('Control+Shift+P');
    await palette().waitFor();
    expect(await focused(page)).toBe('input[combobox]:Command');
    await page.keyboard.press('Escape');
    await expect.poll(() => palette().count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatch(back);
  }

  it('the search field', async () => {
    await windowKeysFrom('input:Search text', async () => {
      await page.keyboard.press('Control+f');
      await page.keyboard.type('Mahdi');
    });
    // Letters typed there are still the field's, never commands.
    expect(await page.getByLabel('Search text').inputValue()).toBe('Mahdi');
  });

  it('the stance form', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('8');
    await windowKeysFrom('select:Choose who…No named holder', async () => {
      await expect.poll(() => focused(page)).toBe(TEXT);
      await page.keyboard.press('Escape'); // no span selected: Tab selects the first
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Tab'); // the span labelled QUOTE above
      await page.keyboard.press('s');
      await expect.poll(() => focused(page)).toMatch(/^select:Choose who/);
    });
  });

  it('the entity picker', async () => {
    await windowKeysFrom('input[combobox]:Search entities', async () => {
      await expect.poll(() => focused(page)).toBe(TEXT);
      await page.keyboard.press('Escape'); // no span selected: Tab selects the first
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Tab'); // the span labelled QUOTE above
      await page.keyboard.press('e');
      await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    });
  });

  it("a span's note", async () => {
    await windowKeysFrom('textarea:Note', async () => {
      await expect.poll(() => focused(page)).toBe(TEXT);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Tab'); // the span labelled QUOTE above
      await reachPart(page, '.lp-inspector');
      for (let i = 0; i < 20 && (await focused(page)) !== 'textarea:Note'; i++)
        await page.keyboard.press('Tab');
    });
  });

  it('the title field', async () => {
    await windowKeysFrom('input:Document title', async () => {
      for (let i = 0; i < 20 && (await focused(page)) !== 'button:Edit the title'; i++)
        await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('input:Document title');
    });
  });

  /** The Entities tab's first entity, opened: its mentions and actions. */
  async function openFirstEntity(): Promise<void> {
    await page.getByRole('tab', { name: 'Entities' }).focus();
    await page.keyboard.press('Enter');
    const head = page.locator('.lp-entity__head').first();
    await head.focus();
    if ((await head.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  }

  it("an entity's rename field and its details", async () => {
    // An entity to open: the first span linked to a new one, by keys.
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab'); // the span labelled QUOTE above
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    await page.keyboard.press('Enter'); // a new entity named by the span's text
    await page.getByTestId('linked-entity').waitFor();
    // F6 away closes each (tests/e2e/entityFieldsLeftByF6.e2e.test.ts): the second time, it is opened again.
    const rename = page.getByLabel('Entity name');
    await windowKeysFrom(
      'input:Entity name',
      async () => {
        if ((await rename.count()) > 0) return rename.focus();
        await openFirstEntity();
        await page.getByRole('button', { name: 'Rename', exact: true }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe('input:Entity name');
      },
      /^button:Prime Minister/,
    ); // Esc gives the rename up: back to the entity
    const name = page.locator('.lp-entity__details input').first();
    // The field is named by the label around it, which `focused` does not read: 'input:'.
    await windowKeysFrom(
      'input:',
      async () => {
        if ((await name.count()) > 0) return name.focus();
        await openFirstEntity();
        await page.getByRole('button', { name: 'Edit details…' }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => name.evaluate((e) => e === document.activeElement)).toBe(true);
      },
      'button:Edit details…',
    );
  });
});
