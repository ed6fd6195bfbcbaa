import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';

const TEXT = 'div[textbox]:Document text';

// The popovers over the text (the label menu, the entity picker, the stance form, the relation
// types) give the keyboard back to the text by rules of their own, not the dialogs'. A key
// pressed at once after Esc must reach the text, not the page's start or the popover's ghost.
describe('popovers over the text give it the keyboard before the next key (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const selected = () => page.evaluate(() => getSelection()?.toString() ?? '');

  /** From no span chosen, Tab to the first span (Prime Minister), and check it. */
  async function onFirstSpan(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(said).not.toMatch(/span 1 of 2/);
    await page.keyboard.press('Tab');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span 1 of 2/);
    expect(await focused(page)).toBe(TEXT);
  }

  beforeAll(async () => {
    project = await openSeededPage('Popover focus');
    page = project.page;
    await selectWords(page, 'Washington to draw', 1);
    await page.keyboard.press('3');
    const saying = (text: RegExp) =>
      page.getByTestId('span-announcement').filter({ hasText: text }).waitFor();
    await saying(/^GPE: Washington/);
    await page.keyboard.press('Escape');
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1');
    await saying(/^PERSON: Prime Minister, span 1 of 2/);
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the label menu: Shift+→ at once after Esc extends the text’s selection', async () => {
    await page.keyboard.press('Escape');
    for (let round = 0; round < 4; round++) {
      await selectWords(page, 'to draw', 1);
      const before = await selected();
      await page.keyboard.press('Tab');
      await expect.poll(() => focused(page)).toMatch(/^button\[menuitem\]:/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(selected, { message: `round ${round}` }).toBe(`${before} `);
      expect(await focused(page), `round ${round}`).toBe(TEXT);
      await page.keyboard.press('Escape');
    }
  });

  it.each([
    ['the entity picker', 'e', [], 'input[combobox]:Search entities'],
    ['the stance form', 's', [], /^select:Choose who…/],
    ['the relation types', 'r', ['Tab', 'Enter'], 'ul[listbox]:Relation type'],
  ] as const)(
    '%s: Tab at once after Esc moves on from the span it was opened on',
    async (_name, key, more, opened) => {
      for (let round = 0; round < 4; round++) {
        await onFirstSpan();
        await page.keyboard.press(key);
        for (const next of more) await page.keyboard.press(next);
        await expect.poll(() => focused(page)).toMatch(opened);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Tab');
        await expect
          .poll(said, { message: `round ${round}` })
          .toMatch(/^GPE: Washington, span 2 of 2/);
        expect(await focused(page), `round ${round}`).toBe(TEXT);
      }
    },
  );
});
