import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused } from './support/keyboardWalk';
import { openAgreementView } from './support/openAgreementView';
import type { ProjectPage } from './support/openProjectPage';
import { openReviewTeam, REVIEW_DOCUMENTS } from './support/openReviewTeam';
import { axeFindings, closeDialog, shots } from './support/themes';

const [D0, D1] = REVIEW_DOCUMENTS;

/**
 * The content height of `box` over the height of one line of its text (a block holding one
 * character, with the box's font and line height), rounded: 1 for one line, 2 once it wraps.
 */
async function linesOf(box: Locator): Promise<number> {
  return box.evaluate((element) => {
    const style = getComputedStyle(element);
    const probe = document.createElement('div');
    probe.textContent = 'X';
    probe.style.whiteSpace = 'nowrap';
    element.append(probe);
    const line = probe.getBoundingClientRect().height;
    probe.remove();
    const inner = element.getBoundingClientRect().height;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    return Math.round((inner - padding - border) / line);
  });
}

// At 1024 px the key lists of a review and of an adjudication wrapped onto a second line, and
// the adjudication of a document counted every annotator of the project ("3 annotators"), sam
// too, whose only layer is on another document.
describe('review and adjudication key lists at 1024 px (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const keyList = () => page.locator('.lp-review-help');

  beforeAll(async () => {
    project = await openReviewTeam('Key lists');
    page = project.page;
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  afterAll(async () => {
    await project?.close();
  });

  /** The key list is one line in both themes at 1024 px, names every key, and its last item opens every key. */
  async function checkKeyList(name: string, keys: readonly string[]): Promise<void> {
    await keyList().waitFor();
    expect(await linesOf(keyList())).toBe(1);
    const shown = (await keyList().locator('kbd').allTextContents()).join(' ');
    for (const key of keys) expect(shown.split(' ')).toContain(key);
    await shots(page, name);
    expect(await axeFindings(page, '.lp-review-legend')).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 800 });
    expect(await linesOf(keyList())).toBe(1);
    await keyList()
      .getByRole('button', { name: /all keys/i })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await closeDialog(page);
  }

  it('an adjudication counts only the annotators of that document, and its keys fit one line', async () => {
    const open = async (documentId: string) => {
      await page.getByLabel('Document to adjudicate').selectOption(documentId);
      await page.locator('[data-adjudicate]').click();
      await page.locator('.lp-review-item').first().waitFor();
    };
    const who = () => page.locator('.lp-review-bar .lp-review-who').textContent();
    await openAgreementView(page);
    await open(D0);
    expect(await who()).toBe('2 annotators: amira, omar');
    const votes = await page.locator('.lp-review-item').allTextContents();
    expect(votes.join('\n')).not.toMatch(/of 3/);
    await checkKeyList('adjudication-key-list', ['J', 'K', 'N', 'Shift+N', 'A', 'X', 'Shift+A']);
    await page.keyboard.press('Escape');
    await open(D1);
    expect(await who()).toBe('3 annotators: amira, omar, sam');
    await page.keyboard.press('Escape');
    await page.getByLabel('Document to adjudicate').waitFor();
  });

  it('a review: every key on one line, and all keys one click away', async () => {
    await page.getByLabel('Annotator B').focus();
    await page.keyboard.type('omar');
    await page.locator(`[data-review-document="${D1}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:/);
    await checkKeyList('review-key-list', ['J', 'K', 'N', 'Shift+N', 'A', 'B', 'C', 'X']);
  });
});
