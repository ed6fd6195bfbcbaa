import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, selectWords } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';

// S (a stance), E (an entity) and the other keys of a span, pressed on selected text that is
// no span yet, did nothing and said nothing: a keyboard user could not tell why.
describe('a span key on text that is no span yet says what to do (Chromium, loupe serve)', () => {
  let project: SeededPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Span keys on text');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('S and R say to label the text first; once labelled, S opens the stance form', async () => {
    await selectWords(page, 'Prime Minister asked', 2);
    await page.keyboard.press('s');
    await expect
      .poll(said)
      .toBe("New Stance needs a span: label the selected text first (its label's key), then S");
    await page.keyboard.press('r');
    await expect
      .poll(said)
      .toBe(
        "Relate Span to Another needs a span: label the selected text first (its label's key), then R",
      );
    // The text is still selected: its label's key makes it a span, and S then does its work.
    await page.keyboard.press('1');
    await expect.poll(said).toBe('PERSON: Prime Minister, span 1 of 1');
    await page.keyboard.press('s');
    await expect.poll(() => focused(page)).toMatch(/^select:Choose who/);
    await page.keyboard.press('Escape');
  });
});
