import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, selectWords, spans } from './support/keyboardWalk';
import { openAgreementView } from './support/openAgreementView';
import type { ProjectPage } from './support/openProjectPage';
import { openReviewTeam, REVIEW_DOCUMENTS } from './support/openReviewTeam';
import { shots } from './support/themes';

const [D0, D1] = REVIEW_DOCUMENTS;
const LABELLED = 'PERSON:SAMYA KULLAB';

// In a review or an adjudication with nothing decided yet, Ctrl+Z (and the bar's Undo, and Undo
// from the palette) undid the project's last edit: a span labelled in a document before the
// review was opened vanished, heard as "Undid the last edit". Undo and redo there now act on the
// view's own decisions only, and otherwise say "Nothing to undo" / "Nothing to redo".
describe('undo in a review or an adjudication undoes its own decisions only (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('view-announcement').textContent();
  const bar = () => page.locator('.lp-review-bar');
  const barButton = (name: 'Undo' | 'Redo') => bar().getByRole('button', { name, exact: true });
  const labelled = async () => (await spans(project, D0)).filter((s) => s === LABELLED);

  /** Undo from the command palette: listed greyed, and saying why when chosen. */
  async function paletteUndo(): Promise<string | null> {
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('undo');
    const undo = palette.getByRole('option', { name: /^Undo/ });
    await expect.poll(() => undo.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    const words = palette.getByRole('status');
    await expect.poll(() => words.textContent()).toMatch(/Nothing to undo/);
    const text = await words.textContent();
    await page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    return text;
  }

  /** Every route to undo and redo with nothing decided: the labelled span stays, each says so. */
  async function nothingToUndo(): Promise<void> {
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Nothing to undo');
    expect(await labelled()).toEqual([LABELLED]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(said).toBe('Nothing to redo');
    expect(await barButton('Undo').isDisabled()).toBe(true);
    expect(await barButton('Redo').isDisabled()).toBe(true);
    expect(await paletteUndo()).toBe('Undo cannot run now. Nothing to undo.');
    expect(await labelled()).toEqual([LABELLED]);
  }

  beforeAll(async () => {
    project = await openReviewTeam('Undo in a review');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('labels a span in the open document: the project’s last edit before any review', async () => {
    await selectWords(page, 'SAMYA KULLAB', 2);
    await page.keyboard.press('1');
    await expect.poll(labelled).toEqual([LABELLED]);
  });

  it('in a review: nothing decided, nothing to undo; a decision is undone, then nothing more', async () => {
    await openAgreementView(page);
    await page.getByLabel('Annotator B').focus();
    await page.keyboard.type('omar');
    await expect.poll(said).toMatch(/^amira and omar, exact match/);
    await page.locator(`[data-review-document="${D1}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:Boundary conflict/);
    await nothingToUndo();
    await shots(page, 'review-nothing-to-undo');

    await page.locator('.lp-review-item.is-selected').focus();
    await page.keyboard.press('x');
    await expect.poll(said).toMatch(/^Rejected .*\. 6 open of 7$/);
    await expect.poll(() => barButton('Undo').isDisabled()).toBe(false);
    await barButton('Undo').click();
    await expect.poll(said).toMatch(/^Undid: rejected .*\. 7 open of 7$/);
    await expect.poll(() => barButton('Undo').isDisabled()).toBe(true);
    expect(await barButton('Redo').isDisabled()).toBe(false);
    await page.locator('.lp-review-item.is-selected').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Nothing to undo');
    expect(await labelled()).toEqual([LABELLED]);
    // The undone rejection is redone, once.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(said).toMatch(/^Redid: rejected .*\. 6 open of 7$/);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(said).toBe('Nothing to redo');
    await page.keyboard.press('Control+z');
    await expect.poll(said).toMatch(/^Undid: rejected /);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`button:${D1}.txt`);
  });

  it('in an adjudication: the same, by key, by the bar and from the palette', async () => {
    await page.getByLabel('Document to adjudicate').focus();
    await page.keyboard.type(D1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:/);
    await nothingToUndo();
    await shots(page, 'adjudication-nothing-to-undo');

    await page.locator('.lp-review-item.is-selected').focus();
    await page.keyboard.press('x');
    await expect.poll(said).toMatch(/^Rejected /);
    await page.keyboard.press('Control+z');
    await expect.poll(said).toMatch(/^Undid: rejected /);
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Nothing to undo');
    expect(await labelled()).toEqual([LABELLED]);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Adjudicate');
  });

  it('back in the reading view, Ctrl+Z still undoes the span labelled there', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.lp-reading .ProseMirror').waitFor();
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(labelled).toEqual([]);
  });
});
