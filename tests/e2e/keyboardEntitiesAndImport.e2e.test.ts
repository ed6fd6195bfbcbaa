import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { chooseImportFile } from './support/chooseImportFile';
import { focusedControl } from './support/focusedControl';
import { focusLost, watchFocusLost } from './support/focusLost';
import { focused, reachPart, selectWords } from './support/keyboardWalk';
import type { ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { recordToasts } from './support/recordToasts';
import { axeFindingsNow, shots } from './support/themes';

const HEAD = /^button:Prime MinisterPERSON$/;

// A merge or a split done by keys took the button that had the keyboard away (the merged
// entity's row, the split mention) and left the keyboard on the page, with nothing said; the
// Import dialog's preview came without a word. Now each is said, and the keyboard stays put.
describe('entities merged and split, and an import previewed, by keyboard alone (Chromium)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();

  /** Labels `words` words from `needle` with `key`, then links the span by E, `query` and Enter. */
  async function linkByKeys(needle: string, words: number, key: string, query = ''): Promise<void> {
    await selectWords(page, needle, words);
    await page.keyboard.press(key);
    await expect.poll(said).toMatch(/, span \d+ of \d+$/);
    await page.keyboard.press('e');
    await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
    if (query) await page.keyboard.type(query);
    await page
      .locator('.lp-picker')
      .getByRole('option', { name: new RegExp(`^${query}`) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('linked-entity').waitFor();
  }

  /** The saved spans of the first document covering `texts`, each with its entity's id (or none). */
  async function linkedTo(texts: readonly string[]): Promise<string[]> {
    const opened = await callApi<{
      document: { text: string };
      layer: { spans: { entityId?: string; fragments: { start: number; end: number }[] }[] };
    }>(project.server, 'openDocument', { documentId: '000_90267a0c835213d2' });
    const chars = [...opened.document.text];
    return opened.layer.spans
      .map((s) => {
        const covered = s.fragments.map((f) => chars.slice(f.start, f.end).join('')).join(' … ');
        return `${covered}:${s.entityId ?? 'none'}`;
      })
      .filter((line) => texts.some((text) => line.startsWith(`${text}:`)))
      .sort();
  }

  beforeAll(async () => {
    project = await openSeededPage('Entities by keys');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('a merge by keys is said, and the keyboard goes to the entity merged into', async () => {
    await linkByKeys('Prime Minister asked', 2, '1'); // a new entity, Prime Minister
    await linkByKeys('Adel Abdul', 2, '1', 'Prime Minister'); // the same entity, found by name
    await linkByKeys('Washington to draw', 1, '3'); // a new entity, Washington
    await page.getByRole('tab', { name: 'Entities' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Entities 2/ }).waitFor();
    await page.getByRole('button', { name: /^Washington/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Merge into…' }).focus();
    await page.keyboard.press('Enter');
    // The entity itself is no choice: Enter on it closed the picker and merged nothing, unsaid.
    const options = page.locator('.lp-picker').getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(['Prime MinisterPERSON']);
    await page.keyboard.type('Washington');
    await expect.poll(() => options.count()).toBe(0);
    // Nothing to choose is said, not left to an empty list where Enter does nothing.
    await expect
      .poll(() => page.locator('.lp-picker [role="status"]').textContent())
      .toBe('No entity matches “Washington”');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Prime');
    await page
      .locator('.lp-picker')
      .getByRole('option', { name: /Prime Minister/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Merged Washington into Prime Minister');
    await expect.poll(() => focused(page)).toMatch(HEAD);
    expect((await focusedControl(page, '.lp-entities')).inside).toBe(true);
    await page.getByRole('heading', { name: /^Entities 1/ }).waitFor();
  });

  it('a split by keys is said, names its mention, and leaves the keyboard on the entity', async () => {
    await page.keyboard.press('Enter'); // its mentions
    const split = page.getByRole('button', {
      name: /^Split “Washington” \(.+\) off into a new entity$/,
    });
    await split.focus();
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Split “Washington” off Prime Minister into a new entity');
    await expect.poll(() => focused(page)).toMatch(HEAD);
    expect((await focusedControl(page)).ring).toBe(true);
    await page.getByRole('heading', { name: /^Entities 2/ }).waitFor();
    await shots(page, 'entities-after-split');
  });

  // Enter took the first choice, and "Prime Minister" (about half alike: shared letters) came
  // before a new entity: Mike Pompeo was linked to the Prime Minister. A name nothing matches
  // well now makes a new entity first; a close name of the span's type comes first after that.
  it('Enter on a name no entity has makes a new entity of it, and a close name is then first', async () => {
    const options = page.locator('.lp-picker').getByRole('option');
    const pick = async (): Promise<void> => {
      await page.keyboard.press('e');
      await expect.poll(() => focused(page)).toBe('input[combobox]:Search entities');
      await options.first().waitFor();
    };
    await selectWords(page, 'Mike Pompeo that', 2);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/, span \d+ of \d+$/);
    await pick();
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['+ New entity “Mike Pompeo”', expect.stringMatching(/^Prime MinisterPERSON/)]);
    await page.keyboard.press('Escape');
    await shots(page, 'entity-picker-new-first', pick, () => page.keyboard.press('Escape'));
    await pick();
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Linked PERSON “Mike Pompeo” to a new entity, Mike Pompeo');
    // Another mention of him: the entity just made is the first choice.
    await selectWords(page, 'Pompeo to “send', 1);
    await page.keyboard.press('1');
    await expect.poll(said).toMatch(/, span \d+ of \d+$/);
    await pick();
    await expect.poll(() => options.first().textContent()).toMatch(/^Mike PompeoPERSON/);
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Linked PERSON “Pompeo” to Mike Pompeo');
    const entities = await callApi<{ id: string; name: string; type: string }[]>(
      project.server,
      'listEntities',
      {},
    );
    const pompeo = entities.find((e) => e.name === 'Mike Pompeo');
    expect(pompeo?.type).toBe('PERSON');
    expect(await linkedTo(['Mike Pompeo', 'Pompeo'])).toEqual([
      `Mike Pompeo:${pompeo?.id}`,
      `Pompeo:${pompeo?.id}`,
    ]);
  });

  // Unlink takes its own button away (the entity's row gives way to "Link to entity…"): the
  // keyboard goes back to the text, as after a link, never to the page.
  it('an unlink by keys is said, saved, and gives the keyboard back to the text', async () => {
    await linkByKeys('Morgan Ortagus', 2, '1', 'Prime Minister');
    await expect.poll(said).toBe('Linked PERSON “Morgan Ortagus” to Prime Minister');
    await linkByKeys('Qassem Soleimani', 2, '1', 'Prime Minister');
    await expect.poll(said).toBe('Linked PERSON “Qassem Soleimani” to Prime Minister');
    // The entity's mentions, open in the Entities panel, show the two just linked.
    const mention = (text: string) =>
      page
        .locator('.lp-entities')
        .getByRole('button', { name: new RegExp(`^Split “${text}”`) })
        .count();
    await expect.poll(() => mention('Morgan Ortagus')).toBe(1);
    await expect.poll(() => mention('Qassem Soleimani')).toBe(1);
    await watchFocusLost(page);
    await reachPart(page, '[data-region="details"]');
    for (let i = 0; i < 12 && (await focused(page)) !== 'button:Unlink'; i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Unlink');
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Unlinked PERSON “Qassem Soleimani” from Prime Minister');
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    expect(await focusLost(page)).toEqual([]);
    await page.getByRole('button', { name: /^Link to entity…/ }).waitFor();
    await expect.poll(() => mention('Qassem Soleimani')).toBe(0);
    expect(await mention('Morgan Ortagus')).toBe(1);
    const linked = await linkedTo(['Morgan Ortagus', 'Qassem Soleimani']);
    expect(linked).toEqual([expect.stringMatching(/^Morgan Ortagus:e/), 'Qassem Soleimani:none']);
    expect(await axeFindingsNow(page, '[data-region="details"]')).toEqual([]);
    expect(await axeFindingsNow(page, '.lp-entities')).toEqual([]);
    await shots(page, 'entity-unlinked');
  });

  // The open mentions were read again after a link or an unlink only: a deleted span stayed
  // listed, an undone link did not come back, a span made longer kept its old words.
  it('the open mentions follow undo and redo, a delete, and a span made longer', async () => {
    const mentions = page.locator('.lp-entities').getByRole('button', { name: /^Split “/ });
    const listed = async (): Promise<string[]> =>
      (await mentions.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label') ?? '')))
        .map((name) => /^Split “(.*)” \(/.exec(name)?.[1] ?? name)
        .sort();
    const before = ['Adel Abdul', 'Morgan Ortagus', 'Prime Minister'];
    await expect.poll(listed).toEqual(before);
    await page.keyboard.press('Control+z'); // the unlink
    await expect.poll(listed).toEqual([...before, 'Qassem Soleimani'].sort());
    await page.keyboard.press('Control+z'); // the link
    await expect.poll(listed).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(listed).toEqual([...before, 'Qassem Soleimani'].sort());
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(listed).toEqual(before);
    await page.locator('.lp-span', { hasText: 'Morgan Ortagus' }).click();
    await expect.poll(() => page.getByTestId('covered-text').textContent()).toBe('Morgan Ortagus');
    await page.keyboard.press('Delete');
    await expect.poll(listed).toEqual(['Adel Abdul', 'Prime Minister']);
    await page.keyboard.press('Control+z');
    await expect.poll(listed).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(listed).toEqual(['Adel Abdul', 'Prime Minister']);
    await page.keyboard.press('Control+z');
    await expect.poll(listed).toEqual(before);
    // Made longer by a fragment: "spokesman" before it.
    await page.locator('.lp-span', { hasText: 'Morgan Ortagus' }).click();
    await page.keyboard.press('f');
    await page.getByTestId('adding-fragment').waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('.lp-reading .ProseMirror');
      if (!root) throw new Error('no text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('spokesman') ?? -1;
        if (at >= 0) return void getSelection()?.collapse(node, at);
      }
      throw new Error('"spokesman" is not in the text');
    });
    await page.keyboard.down('Shift');
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.up('Shift');
    await expect
      .poll(() => page.getByTestId('covered-text').textContent())
      .toBe('spokesman … Morgan Ortagus');
    await expect
      .poll(listed)
      .toEqual(['Adel Abdul', 'Prime Minister', 'spokesman … Morgan Ortagus']);
  });

  it('the Import dialog says when its preview is ready and what it would bring', async () => {
    const file = {
      name: 'new.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Amira met Omar.'),
    };
    await chooseImportFile(page, file, /1 document/);
    await expect
      .poll(() => page.getByTestId('import-status').textContent())
      .toMatch(
        /^Preview ready, \S+: 1 document, 0 spans, 0 relations, 0 stances\. Import 1 document is the last button\.$/,
      );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('Import pressed by keys keeps the keyboard in the dialog while it imports', async () => {
    const toasts = await recordToasts(page);
    const file = {
      name: 'more.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Omar met Amira.'),
    };
    await chooseImportFile(page, file, /1 document/);
    const button = page.getByRole('button', { name: 'Import 1 document' });
    for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    // Each moment, while the dialog was open, that the keyboard was on the page itself: the
    // button, disabled while it imported, dropped it there.
    await watchFocusLost(page, true);
    await page.keyboard.press('Enter');
    await expect.poll(toasts).toContain('Imported 1 document: 0 spans, 0 relations, 0 stances.');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await focusLost(page)).toEqual([]);
  });
});
