import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { writeDisagreeingLayers } from '../helpers/annotatorLayer';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D1 = '001_8f0f90acb7aa8cc5';

/** From the text, a stance by keys alone: the first span, S, holder, target, polarity. */
async function stanceByKeys(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('s');
  await page.getByRole('form', { name: 'New stance' }).waitFor();
  for (const key of ['ArrowDown', 'Enter', 'ArrowDown', 'Enter', 'ArrowRight', 'Enter'])
    await page.keyboard.press(key);
  await page.getByRole('heading', { name: 'Stances 1' }).waitFor();
}

/** What has the keyboard: its tag and accessible name, or where it is. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${active.tagName.toLowerCase()}:${name}`;
  });
}

/**
 * Characters from the text's start to the caret, how far down the text the caret's line is (px),
 * the text's line height, and how far the text's scroller has scrolled.
 */
function caretAndScroll(
  page: Page,
): Promise<{ offset: number; down: number; line: number; scrolled: number }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const selection = window.getSelection();
    let scroller: Element | null = active;
    while (scroller && scroller.scrollTop === 0) scroller = scroller.parentElement;
    if (!active || !selection?.focusNode) return { offset: -1, down: -1, line: 0, scrolled: -1 };
    const range = document.createRange();
    range.setStart(active, 0);
    range.setEnd(selection.focusNode, selection.focusOffset);
    const offset = range.toString().length;
    // The caret's line: that of the character after it (a collapsed range at a wrap has no box).
    // At a paragraph's start (between elements) the caret has no box: that of what follows it.
    const { focusNode: node, focusOffset: at } = selection;
    const beside = node instanceof Text ? null : (node.childNodes[at] ?? node);
    if (beside instanceof Element) range.selectNode(beside);
    else if (beside) range.selectNodeContents(beside);
    else range.setStart(node, at);
    if (node instanceof Text && at < node.length) range.setEnd(node, at + 1);
    const caret = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const down = caret.top - active.getBoundingClientRect().top;
    const line = parseFloat(getComputedStyle(active).lineHeight) || 20;
    return { offset, down, line, scrolled: scroller?.scrollTop ?? 0 };
  });
}

/** True when the keyboard is inside the element `css` matches. */
function focusInside(page: Page, css: string): Promise<boolean> {
  return page.evaluate((selector) => !!document.activeElement?.closest(selector), css);
}

// Where the keyboard goes when a view, a field or an item it was on goes away: a person who
// cannot point must never be left on the page's <body>, nor on controls hidden behind a view.
describe('the keyboard is never left behind or lost (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-focus-'));
  const dir = join(root, 'project');
  let t1 = '';

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Focus', seedsDir: seeds });
    t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    await writeDisagreeingLayers(store, D1, t1);
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1280, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('the agreement view takes the keyboard, keeps it, and gives it back to the text', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F6'); // the details beside the text
    await page.keyboard.press('F6'); // the header
    while ((await focused(page)) !== 'button:Agreement') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.lp-doctable tbody tr').first().waitFor();
    await expect.poll(() => focusInside(page, '.lp-fullview')).toBe(true);
    // Tab goes round the view's own controls, never to the header, list or text behind it.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const where = await focused(page);
      if (where !== 'body')
        expect([where, await focusInside(page, '.lp-fullview')]).toEqual([where, true]);
    }

    // A document of the table shows it has the keyboard with a ring, not a faint tint.
    const row = page.locator(`[data-review-document="${D1}"]`);
    await row.focus();
    const ring = await row.evaluate((button) => {
      const style = getComputedStyle(button);
      return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    });
    expect(ring).toBeGreaterThanOrEqual(2);

    // Into a document's review and out again: the keyboard follows each view.
    await page.keyboard.press('Enter');
    await page.locator('.lp-review-item').first().waitFor();
    await expect.poll(() => focusInside(page, '.lp-fullview')).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.lp-agree-cards').waitFor();
    await expect.poll(() => focusInside(page, '.lp-fullview')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.lp-fullview').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('div:Document text');
  });

  it('D marks the document done and opens the next one with the keyboard still in the text', async () => {
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.lp-toolbar').textContent()).toContain('001_');
    // The keyboard is in the new text, not in the one it replaces (the toolbar is drawn first).
    const opening = t1.replace(/\s+/g, '').slice(0, 30);
    const inText = (): Promise<string> =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (active?.getAttribute('aria-label') !== 'Document text') return '';
        return (active.textContent ?? '').replace(/\s+/g, '').slice(0, 30);
      });
    await expect.poll(inText).toBe(opening);
    // So the next key selects text there, without a detour through Esc.
    await page.keyboard.press('Shift+ArrowRight');
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0))
      .toBeGreaterThan(0);
  });

  /** Presses Tab until the control named `name` has the keyboard (in at most 40 presses). */
  async function tabTo(name: string | RegExp): Promise<void> {
    const there = (where: string): boolean =>
      typeof name === 'string' ? where === name : name.test(where);
    for (let i = 0; i < 40 && !there(await focused(page)); i++) await page.keyboard.press('Tab');
    expect(there(await focused(page))).toBe(true);
  }

  it('a Delete button in the details gives the keyboard back to the text, and what went is said', async () => {
    const said = () => page.getByTestId('span-announcement').textContent();
    // Two spans, a relation between them and a stance on the first, all by keyboard.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight'); // "The"
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('9');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('r');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: /^Delete relation/ })
      .first()
      .waitFor();
    await stanceByKeys(page);

    await page.keyboard.press('Escape');
    await page.keyboard.press('F6'); // the document's details
    await tabTo(/^button:Delete relation “[^”]+” speaker-of “[^”]+”$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('div:Document text');
    // What went is said: its Delete button, which a screen reader was on, went with it.
    await expect.poll(said).toMatch(/^Deleted relation ORG “[^”]+” speaker-of MISC “[^”]+”$/);
    await page.keyboard.press('F6');
    await tabTo(/^button:Delete stance /);
    const stance = ((await focused(page)).match(/^button:Delete (stance .+)$/) ?? [])[1];
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Stances 0' }).waitFor();
    await expect.poll(() => focused(page)).toBe('div:Document text');
    await expect.poll(said).toBe(`Deleted ${stance}`);
    await page.keyboard.press('Tab'); // a span: its details
    await page.keyboard.press('F6');
    await tabTo(/^button:Delete span /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-span').count()).toBe(1);
    await expect.poll(() => focused(page)).toBe('div:Document text');
  });

  it('a field or picker shown in place of a button gives the keyboard back to that button', async () => {
    // The document's title: Enter saves it, Esc leaves it as it was.
    await page.keyboard.press('Escape');
    await page.keyboard.press('F6');
    await page.keyboard.press('F6'); // the header, then on through the page
    await tabTo('button:Edit the title');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input:Document title');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Washington says no');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Washington says no' }).waitFor();
    await expect.poll(() => focused(page)).toBe('button:Edit the title');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Edit the title');

    // An entity's name, details and merge picker, in the Entities tab.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // the span left
    await page.keyboard.press('e');
    await page.keyboard.press('Enter'); // a new entity named by the span's text
    await page.getByTestId('linked-entity').waitFor();
    await page.getByRole('tab', { name: 'Entities' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.lp-entity__head').first().focus();
    await page.keyboard.press('Enter'); // its mentions and actions
    const head = await focused(page);
    await tabTo('button:Rename');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input:Entity name');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(head);
    await tabTo('button:Edit details…');
    await page.keyboard.press('Enter');
    await tabTo('button:Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button:Edit details…');
    await tabTo('button:Merge into…');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input:Search entities');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Merge into…');
  });

  it('the side panel’s tabs move with the arrows, and Tab goes from the tab into its panel', async () => {
    const selected = () =>
      page.evaluate(
        () => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent,
      );
    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('F6'); // the details
    await page.keyboard.press('F6'); // the header
    await page.keyboard.press('F6'); // the side panel: its tab
    expect(await focused(page)).toBe('button:Documents');
    await page.keyboard.press('ArrowRight');
    expect([await focused(page), await selected()]).toEqual(['button:Entities', 'Entities']);
    await page.getByRole('heading', { name: /^Entities/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    expect([await focused(page), await selected()]).toEqual(['button:Search', 'Search']);
    await page.keyboard.press('ArrowRight'); // round to the first
    expect(await focused(page)).toBe('button:Documents');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('button:Search');
    await page.keyboard.press('Home');
    expect([await focused(page), await selected()]).toEqual(['button:Documents', 'Documents']);
    await page.keyboard.press('Tab'); // the first document, not the next tab
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'lp-doclist__item',
    );
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button:Documents');
  });

  it('Label all occurrences gives the keyboard back to the text, Find elsewhere… to its button', async () => {
    const dialogs = () => page.getByRole('dialog').count();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab'); // a span
    await page.keyboard.press('p');
    await page.getByRole('dialog', { name: /^Label all/ }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);
    await expect.poll(() => focused(page)).toBe('div:Document text');
    await page.keyboard.press('p');
    await page.getByRole('dialog', { name: /^Label all/ }).waitFor();
    // Its two scopes are one radio group: one Tab stop.
    const isRadio = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    let radioStops = (await isRadio()) ? 1 : 0;
    for (let i = 0; i < 20 && !/^button:Label \d+ occurrence/.test(await focused(page)); i++) {
      await page.keyboard.press('Tab');
      if (await isRadio()) radioStops++;
    }
    const radios = page.getByRole('radiogroup', { name: 'Where to look' }).getByRole('radio');
    expect(await radios.count()).toBe(2);
    expect(radioStops).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(dialogs).toBe(0);
    await expect.poll(() => focused(page)).toBe('div:Document text');

    await stanceByKeys(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F6');
    await tabTo(/^button:Find elsewhere… stance /);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /^Carry/ }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);
    // The dialog was opened by a button, which is still there: it has the keyboard again.
    await expect.poll(() => focused(page)).toMatch(/^button:Find elsewhere… stance /);
  });

  it('the entity picker keeps the option the arrows reach in view', async () => {
    for (let i = 1; i <= 15; i++)
      await callApi(project.server, 'createEntity', { name: `Ministry ${i}`, type: 'ORG' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('2');
    await page.getByTestId('covered-text').waitFor(); // a span selected: its details
    await page.keyboard.press('e');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Ministry');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(12);
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    const shown = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-activedescendant');
      const option = id ? document.getElementById(id) : null;
      const list = option?.parentElement;
      if (!option || !list) return 'no active option';
      const [o, l] = [option.getBoundingClientRect(), list.getBoundingClientRect()];
      return o.top >= l.top && o.bottom <= l.bottom ? 'in view' : 'scrolled out of view';
    });
    expect(shown).toBe('in view');
    await page.keyboard.press('Escape');
  });

  /**
   * From the text, D and then `keys` with no wait: they reach the page while D's save and the
   * next text are on their way. Resolves once the next document is in the toolbar.
   */
  async function dThen(...keys: string[]): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('div:Document text');
    const before = (await page.locator('.lp-toolbar').textContent()) ?? '';
    await page.keyboard.press('d');
    for (const key of keys) await page.keyboard.press(key);
    await expect.poll(() => page.locator('.lp-toolbar').textContent()).not.toBe(before);
  }

  it('keys pressed right after D act in the next text, not in the one it replaces', async () => {
    /** The first three characters of the text that has the keyboard, and what is selected. */
    const state = (): Promise<{ opening: string; selected: string }> =>
      page.evaluate(() => {
        const active = document.activeElement;
        const text = active?.getAttribute('aria-label') === 'Document text' ? active : null;
        const opening = Array.from(text?.textContent ?? '')
          .slice(0, 3)
          .join('');
        return { opening, selected: window.getSelection()?.toString() ?? '' };
      });
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('div:Document text');
    const left = (await state()).opening;
    await dThen('Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight');
    // The toolbar shows "done" as soon as it is saved, while the text D leaves may still have the
    // keyboard: read both at once, once another text has it. Keys that acted in the text D left
    // leave their selection in a view no longer on the page, so the next text's never matches.
    await expect
      .poll(async () => {
        const { opening, selected } = await state();
        return opening === left || opening.length < 3 ? 'the text D left' : selected === opening;
      })
      .toBe(true);
  });

  it('PageDown right after D moves the caret and the view in the next text as the browser does', async () => {
    await dThen('PageDown');
    /** Characters from the text's start to the caret, and how far its scroller has scrolled. */
    const where = (): Promise<string> =>
      page.evaluate(() => {
        const active = document.activeElement;
        const selection = window.getSelection();
        if (active?.getAttribute('aria-label') !== 'Document text' || !selection?.focusNode)
          return 'elsewhere';
        const range = document.createRange();
        range.setStart(active, 0);
        range.setEnd(selection.focusNode, selection.focusOffset);
        let scroller: Element | null = active;
        while (scroller && scroller.scrollTop === 0) scroller = scroller.parentElement;
        const down = range.toString().length > 200 && !!scroller;
        return `${selection.isCollapsed ? 'caret' : 'selection'} ${down ? 'a page down' : 'at the top'}`;
      });
    await expect.poll(where).toBe('caret a page down');
    const replayed = await caretAndScroll(page);
    // The browser's own PageDown from the top of the same text: the known answer.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await caretAndScroll(page)).scrolled).toBeGreaterThan(0);
    const own = await caretAndScroll(page);
    // The caret lands on the line the browser's own key puts it on, and the view scrolls as far:
    // to the line, or the next, should the text's lines have settled after the key (the spans'
    // drawing, on a busy machine); the old fault left both at the top, a page away.
    const lines = Math.abs(replayed.down - own.down) / own.line;
    expect(lines, `caret at ${replayed.offset}, the browser's at ${own.offset}`).toBeLessThan(1.5);
    // Within a few pixels: Chromium places its caret box, not the glyphs, at the top.
    expect(Math.abs(replayed.scrolled - own.scrolled)).toBeLessThan(
      10 + (lines > 0.5 ? own.line : 0),
    );
  });
  it('Shift+PageDown right after D selects a page down from the top, as the browser does', async () => {
    await dThen('Shift+PageDown');
    const selected = (): Promise<number> =>
      page.evaluate(() => window.getSelection()?.toString().length ?? 0);
    // Said as where the keyboard is and what is selected, should the key not select a page.
    const state = async (): Promise<string> =>
      (await selected()) > 200 ? 'a page selected' : `${await focused(page)}: ${await selected()}`;
    await expect.poll(state).toBe('a page selected');
    const replayed = { ...(await caretAndScroll(page)), length: await selected() };
    // The browser's own Shift+PageDown from the top of the same text: the known answer.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+PageDown');
    await expect.poll(selected).toBeGreaterThan(200);
    const own = { ...(await caretAndScroll(page)), length: await selected() };
    const lines = Math.abs(replayed.down - own.down) / own.line;
    expect(lines, `selected ${replayed.length}, the browser ${own.length}`).toBeLessThan(1.5);
    // The next text opened at its top (not where the last was left), so the view scrolls as far.
    expect(Math.abs(replayed.scrolled - own.scrolled)).toBeLessThan(
      10 + (lines > 0.5 ? own.line : 0),
    );
  });
});
