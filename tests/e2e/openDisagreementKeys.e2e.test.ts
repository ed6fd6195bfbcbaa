import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused } from './support/keyboardWalk';
import { openAgreementView } from './support/openAgreementView';
import type { ProjectPage } from './support/openProjectPage';
import { openReviewTeam, REVIEW_DOCUMENTS } from './support/openReviewTeam';
import { dialogShots, shots } from './support/themes';

const D1 = REVIEW_DOCUMENTS[1];

// A review or an adjudication had no key to the next disagreement still open: J and K go
// through every item, agreed ones too, and a decision moves on to the next open item of any
// kind. N and Shift+N now go to the next and previous open disagreement, say which it is
// ("Item 4 of 7: open disagreement 2 of 4"), and say when none is left.
describe('N goes to the next open disagreement (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('view-announcement').textContent();
  const chosen = () => page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');

  beforeAll(async () => {
    project = await openReviewTeam('Open disagreements');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('in a review: N and Shift+N go through the open disagreements only, then say none is left', async () => {
    await openAgreementView(page);
    await page.getByLabel('Annotator B').focus();
    await page.keyboard.type('omar');
    await expect.poll(said).toMatch(/^amira and omar, exact match/);
    await page.locator(`[data-review-document="${D1}"]`).focus();
    await page.keyboard.press('Enter');
    // Seven items: a boundary conflict, A only, B only, a label conflict, and three agreed.
    await expect.poll(() => focused(page)).toMatch(/^li:Boundary conflict/);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('n');
      await expect.poll(said).toMatch(new RegExp(`: open disagreement ${((i + 1) % 4) + 1} of 4`));
      seen.push(await focused(page));
    }
    // In the text's order (Friday, Iranian, Mike Pompeo), then round to The United States.
    const kind = (name: string) =>
      /^li:(Boundary conflict|Label conflict|A only|B only)/.exec(name)?.[1];
    expect(seen.map(kind)).toEqual(['A only', 'B only', 'Label conflict', 'Boundary conflict']);
    expect(await said()).toMatch(/^Item 1 of 7: open disagreement 1 of 4, going round$/);
    await page.keyboard.press('Shift+N');
    await expect.poll(said).toMatch(/^Item \d of 7: open disagreement 4 of 4, going round$/);
    await expect.poll(() => focused(page)).toMatch(/^li:Label conflict/);
    await shots(page, 'review-next-open-disagreement');

    // Decided, each leaves the round; an agreed item is never one.
    for (let left = 4; left > 0; left--) {
      await page.keyboard.press('n');
      await expect.poll(said).toMatch(new RegExp(`open disagreement \\d of ${left}`));
      await page.keyboard.press('x');
      await expect.poll(said).toMatch(new RegExp(`^Rejected .*\\. ${left + 2} open of 7$`));
    }
    const at = await chosen();
    await page.keyboard.press('n');
    await expect.poll(said).toBe('No open disagreements left');
    expect(await chosen()).toBe(at);
    await page.keyboard.press('Shift+N');
    expect(await said()).toBe('No open disagreements left');
    expect(await chosen()).toBe(at);
  });

  it('the shortcuts dialog and the review’s own key list name N and Shift+N', async () => {
    const legend = page.locator('.lp-review-help');
    await expect.poll(() => legend.textContent()).toMatch(/N Shift\+N open disagreement/);
    expect(await legend.locator('[title*="Shift+N: previous disagreement"]').count()).toBe(1);
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const open = async (): Promise<void> => {
      await page.locator('.lp-review-item.is-selected').focus();
      await page.keyboard.press('Control+/');
      await dialog.waitFor();
      await dialog.getByRole('region', { name: 'Review' }).scrollIntoViewIfNeeded();
    };
    await open();
    const rows = async (section: string) =>
      (await dialog.getByRole('region', { name: section }).locator('dt').allTextContents()).map(
        (t) => t.trim(),
      );
    expect(await rows('Review')).toEqual(expect.arrayContaining(['N', 'Shift+N']));
    expect(await rows('Adjudicating among all annotators')).toEqual(
      expect.arrayContaining(['N', 'Shift+N']),
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await dialogShots(page, 'shortcuts-open-disagreement', open)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`button:${D1}.txt`);
  });

  it('in an adjudication: N goes to the next candidate not all of them marked', async () => {
    await page.getByLabel('Document to adjudicate').focus();
    await page.keyboard.type(D1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:/);
    // The review rejected amira's and omar's disagreements (gold records them: decided here too);
    // the candidates only some marked otherwise are still open.
    await page.keyboard.press('n');
    await expect.poll(said).toMatch(/^Candidate \d+ of \d+: open disagreement \d+ of \d+/);
    const first = await focused(page);
    expect(first).not.toMatch(/3 of 3/);
    await page.keyboard.press('Shift+N');
    await expect.poll(said).toMatch(/^Candidate \d+ of \d+: open disagreement \d+ of \d+/);
    await shots(page, 'adjudication-next-open-disagreement');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Adjudicate');
  });
});
