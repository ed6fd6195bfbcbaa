import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';

const TEXT = 'div[textbox]:Document text';

// In the search field, the stance form, the entity picker, a span's note and the title field, F6 and the
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

  /** From the field `reach` leaves the keyboard in: F6 leaves it, Ctrl+Shift+P opens the palette. */
  async function windowKeysFrom(field: string, reach: () => Promise<void>): Promise<void> {
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
    await expect.poll(() => focused(page)).toBe(TEXT);
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
});
