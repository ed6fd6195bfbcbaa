import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focused, reachPart } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { axeFindingsNow, shots } from './support/themes';

const DOC = '000_90267a0c835213d2';

// A document label set by keys from its list in the details: Ctrl+Z there did nothing and said
// nothing (a select counted as a text field, whose Ctrl+Z is its own, though a select has no
// undo); from the text, the undo said "Undid the last edit" without naming the label; and the
// empty choice was a dash, which a screen reader reads as nothing or as punctuation; and each
// arrow on the closed list was an undo step of its own.
describe('document labels added, changed and taken away by keys, and heard (Chromium)', () => {
  let project: SeededPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const source = () => page.getByRole('combobox', { name: 'source type', exact: true });
  /** The layer's document labels as saved. */
  const saved = async (): Promise<Record<string, string>> =>
    (
      await callApi<{ layer: { documentLabels: Record<string, string> } }>(
        project.server,
        'openDocument',
        { documentId: DOC },
      )
    ).layer.documentLabels;

  beforeAll(async () => {
    project = await openSeededPage('Document labels by keys');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('names the empty choice in words, and sets a label by the arrows', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await reachPart(page, 'aside[aria-label="Document"]');
    expect(await focused(page)).toBe('select:source type');
    expect(await source().locator('option').first().textContent()).toBe('(not set)');
    await page.keyboard.press('ArrowDown');
    await expect.poll(saved).toEqual({ 'source type': 'news agency' });
    await page.keyboard.press('ArrowDown');
    await expect.poll(saved).toEqual({ 'source type': 'newspaper' });
  });

  it('undoes a run of arrows on the closed list in one step, and redoes it, from the list itself', async () => {
    // Ctrl+Z at once, the last choice's answer perhaps still on its way: the undo says all the same.
    await page.keyboard.press('Control+z');
    await expect.poll(saved).toEqual({});
    await expect.poll(said).toBe('Undid the last edit: source type now none');
    await expect.poll(() => source().inputValue()).toBe('');
    expect(await focused(page)).toBe('select:source type');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(saved).toEqual({ 'source type': 'newspaper' });
    await expect.poll(said).toBe('Redid the last edit: source type now newspaper');
    // The list keeps its letters: D there is not "mark done" (nor does it open the next document).
    await page.keyboard.press('d');
    await page.keyboard.press('Control+z'); // undoes the redo, not a status D would have set
    await expect.poll(said).toBe('Undid the last edit: source type now none');
    await expect.poll(saved).toEqual({});
    // The list shows the undone choice once the save is answered (the layer as saved, see
    // DocumentPanel); an arrow before that moves from the choice the list still shows.
    await expect.poll(() => source().inputValue()).toBe('');
    expect(await focused(page)).toBe('select:source type');
    // After the undo an arrow starts a run of its own.
    await page.keyboard.press('ArrowDown');
    await expect.poll(saved).toEqual({ 'source type': 'news agency' });
  });

  it('takes a label away by choosing "(not set)", and the undo says it is back', async () => {
    // Back on the list after leaving it, Home is a step of its own, not part of the run before.
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await reachPart(page, 'aside[aria-label="Document"]');
    expect(await focused(page)).toBe('select:source type');
    await page.keyboard.press('Home');
    await expect.poll(saved).toEqual({});
    await expect.poll(() => source().inputValue()).toBe('');
    // From the text, as from the list.
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Undid the last edit: source type now news agency');
    await expect.poll(saved).toEqual({ 'source type': 'news agency' });
  });

  it('looks right and passes axe in both themes at 1024 and 1280 px', async () => {
    const found: string[] = [];
    const show = async (): Promise<void> => {
      await page.locator('.lp-reading .ProseMirror').focus();
      await reachPart(page, 'aside[aria-label="Document"]');
      const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
      for (const id of await axeFindingsNow(page, 'aside[aria-label="Document"]'))
        found.push(`${theme}: ${id}`);
    };
    await shots(page, 'document-labels-keyboard', show);
    expect(found).toEqual([]);
  });
});
