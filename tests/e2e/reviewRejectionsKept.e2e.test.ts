import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused } from './support/keyboardWalk';
import { openAgreementView } from './support/openAgreementView';
import type { ProjectPage } from './support/openProjectPage';
import { openReviewTeam, REVIEW_DOCUMENTS } from './support/openReviewTeam';
import { screenshotPath } from './support/screenshotPath';

const D1 = REVIEW_DOCUMENTS[1];

// A rejection lived only in the review's visit: leaving the review and opening it again showed
// the rejected item as an open disagreement, counted as open and reached by N again, and gold
// (what a teammate syncs) kept no trace of it. Gold now records each rejected version.
describe('a review keeps its rejections after leaving it (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('view-announcement').textContent();
  const progress = () => page.getByTestId('review-progress').textContent();
  const card = (id: string) => page.locator(`.lp-review-item[data-item-id="${id}"]`);

  async function openReview(): Promise<void> {
    await page.locator(`[data-review-document="${D1}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:/);
  }

  beforeAll(async () => {
    project = await openReviewTeam('Rejections kept');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('rejects a disagreement, leaves the review, and finds it still rejected on coming back', async () => {
    await openAgreementView(page);
    await page.getByLabel('Annotator B').focus();
    await page.keyboard.type('omar');
    await expect.poll(said).toMatch(/^amira and omar, exact match/);
    await openReview();
    await page.keyboard.press('n');
    await expect.poll(said).toMatch(/open disagreement \d of 4$/);
    const rejected = await page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');
    if (!rejected) throw new Error('no item chosen');
    await page.keyboard.press('x');
    await expect.poll(said).toMatch(/^Rejected .*\. 6 open of 7$/);

    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`button:${D1}.txt`);
    await openReview();
    await expect.poll(() => card(rejected).getAttribute('data-state')).toBe('rejected');
    expect(await card(rejected).locator('.lp-review-gold').textContent()).toBe('rejected');
    await expect.poll(progress).toMatch(/^6 open of 7 · 1 rejected · gold/);
    // N goes round the three disagreements still open, never to the rejected one.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('n');
      await expect.poll(said).toMatch(/: open disagreement \d of 3/);
      const at = await page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');
      expect(at).not.toBe(rejected);
    }
    await card(rejected).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('review-rejection-kept-1024-light.png') });
  });
});
