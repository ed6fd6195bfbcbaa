import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, reachPart, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';

/** Tab until `name` has the keyboard, at most `most` presses. */
async function tabTo(page: Page, name: string, most = 15): Promise<void> {
  for (let i = 0; i < most && (await focused(page)) !== name; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(name);
}

// Found walking the app by keyboard alone: a control that went away with an edit it made left the
// keyboard on the page (the next Tab starting from the top): the span's details built afresh
// when its note was saved.
describe('the keyboard stays put when an edit takes its control away (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Focus after edits');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('a span’s note saved by leaving the field (Tab) or by Ctrl+Enter keeps the keyboard in the details', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/^PERSON: Prime Minister, span/);
    await page.getByLabel('Note').waitFor(); // the span's details, shown once it is saved
    await reachPart(page, '[data-region="details"]');
    await tabTo(page, 'textarea:Note');
    await page.keyboard.type('hello');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByLabel('Note').inputValue()).toBe('hello');
    await page.waitForTimeout(500); // the saved span comes back from the host
    await expect.poll(() => focused(page)).toMatch(/^button:Link to entity…/);

    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('textarea:Note');
    await page.keyboard.press('End');
    await page.keyboard.type(' again');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(500);
    await expect.poll(() => focused(page)).toBe('textarea:Note');
    expect(await page.getByLabel('Note').inputValue()).toBe('hello again');
    // The next key still types into the note.
    await page.keyboard.type('!');
    expect(await page.getByLabel('Note').inputValue()).toBe('hello again!');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatch(/^button:Link to entity…/);
  });
});
