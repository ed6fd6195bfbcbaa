import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { writeReviewTeam } from '../helpers/annotatorLayer';
import { focusedControl, type FocusedControl } from './support/focusedControl';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';
import { axeFindings } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';

/** Presses Tab `count` times and answers each control it reaches. */
async function tabs(page: Page, count: number, within: string): Promise<FocusedControl[]> {
  const seen: FocusedControl[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focusedControl(page, within));
  }
  return seen;
}

/** Switches the window's theme by its key (Ctrl+Shift+L), as a user would. */
async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const now = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  if ((await now()) !== theme) await page.keyboard.press('Control+Shift+l');
  await expect.poll(now).toBe(theme);
}

/** Screenshots of what is on screen at 1280 and 1024 px in the theme in force. */
async function shots(page: Page, name: string): Promise<void> {
  const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: screenshotPath(`${name}-${width}-${theme}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

// Agreement, review, adjudication and export driven by the keyboard alone, heard through their
// live regions: every control reached by Tab in order and showing a ring, nothing behind the
// view reached, each result said, Esc back to where the keyboard was.
describe('agreement, review, adjudication and export by keyboard (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-review-keys-'));
  const dir = join(root, 'project');
  const said = () => page.getByTestId('view-announcement').textContent();

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Review by keys', seedsDir: seeds });
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    await writeReviewTeam(store, [D0, D1], [t0, t1], { sam: true });
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1280, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('agreement: Tab goes through its controls in order, each with a ring, and its figures are said', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('agreement');
    await page.keyboard.press('Enter');
    await page.locator('.lp-agree-cards').waitFor();
    await expect
      .poll(said)
      .toBe(
        'amira and omar, exact match: span F1 0.500 (precision 0.500, recall 0.500), 3 matched spans; stance kappa —',
      );
    // The charts are drawn by code the view loads when it opens: on a busy machine, after the figures.
    const charts = page.locator('.lp-fullview svg[role="application"]');
    await expect.poll(() => charts.count()).toBe(2);
    const reached = await tabs(page, 14, '.lp-fullview');
    expect(reached.map((c) => c.name)).toEqual([
      'select:Annotator A',
      'select:Annotator B',
      'select:Match mode',
      'button:Close',
      "svg[application]:Fleiss' kappa and Krippendorff's alpha per label: the arrow keys read each label's figures",
      "svg[application]:Spans per label and annotator: the arrow keys read each label's counts",
      'select:Document to adjudicate',
      'button:Adjudicate',
      `button:${D1}.txt`,
      `button:${D0}.txt`,
      'button:002_70f1dc10c1ed88b3.txt',
      'button:003_db420c97a7bde98a.txt',
      'button:004_0e14e19a6fd5e9a8.txt',
      'body', // out of the page, to the browser: nothing behind the view
    ]);
    expect(reached.filter((c) => c.name !== 'body' && !(c.ring && c.inside))).toEqual([]);

    // The match by keyboard: the new figures are said.
    await page.getByLabel('Match mode').focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(said)
      .toBe(
        'amira and omar, overlap match: span F1 0.667 (precision 0.667, recall 0.667), 4 matched spans; stance kappa —',
      );
    // A chart's arrows read its figures as the tables write them, not a float's every digit.
    await page.locator('svg[role="application"]').first().focus();
    await page.keyboard.press('ArrowRight');
    const tip = page.locator('.recharts-tooltip-wrapper').first();
    await expect.poll(() => tip.textContent()).toMatch(/Fleiss κ : -?\d\.\d\d(?!\d)/);
    expect(await tip.textContent()).not.toMatch(/\d\.\d{3,}/);
    await page.getByLabel('Match mode').focus();
    await page.keyboard.press('ArrowUp'); // back to exact
    await expect.poll(said).toMatch(/^amira and omar, exact match/);
  });

  it('review: a document’s button opens it, keys decide, undo and redo, each said; Esc goes back to that button', async () => {
    const opener = page.locator(`[data-review-document="${D1}"]`);
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.locator('.lp-review-item').first().waitFor();
    await expect
      .poll(async () => (await focusedControl(page)).name)
      .toMatch(/^li:Boundary conflict/);
    // Each open item's class badge ("Boundary conflict", "Agreed") is 11px text: 4.5:1 in both themes.
    expect(await axeFindings(page, '.lp-fullview')).toEqual([]);
    await page.locator('.lp-review-item.is-selected').focus();
    // J, K and the arrows say where in the list the card they chose is (the card itself is read
    // as it takes the keyboard), and that a move stayed at the end.
    const chosenId = () => page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');
    const first = await chosenId();
    await page.keyboard.press('j');
    await expect.poll(said).toBe('Item 2 of 7');
    await expect
      .poll(async () => (await focusedControl(page)).name)
      .toMatch(/^li:(?!Boundary conflict)/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(said).toBe('Item 1 of 7');
    await page.keyboard.press('k');
    await expect.poll(said).toBe('Item 1 of 7, the first');
    expect(await chosenId()).toBe(first);
    // Nothing decided yet: Undo and Redo say so where the view is heard (the window behind is inert).
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Nothing to undo');
    await page.keyboard.press('Control+y');
    await expect.poll(said).toBe('Nothing to redo');
    await page.keyboard.press('a');
    await expect.poll(said).toBe("Accepted A's version: GPE “United States”. 6 open of 7");
    await page.keyboard.press('x'); // the next open item: A's "Friday"
    await expect.poll(said).toBe('Rejected DATE “Friday”. 5 open of 7');
    await page.keyboard.press('Shift+A');
    await expect.poll(said).toBe('Accepted 3 agreed items. 2 open of 7');
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Undid: accepted 3 agreed items. 5 open of 7');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(said).toBe('Redid: accepted 3 agreed items. 2 open of 7');
    // A bar button its own press disables (Redo with nothing left, Accept all agreed with none
    // left) hands the keyboard to the chosen item, not to the page.
    const chosen = () =>
      page.evaluate(() => document.activeElement?.matches('.lp-review-item.is-selected'));
    const bar = page.getByRole('region', { name: 'Review' });
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Undid: accepted 3 agreed items. 5 open of 7');
    await bar.getByRole('button', { name: 'Redo' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Redid: accepted 3 agreed items. 2 open of 7');
    await expect.poll(chosen).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Undid: accepted 3 agreed items. 5 open of 7');
    await bar.getByRole('button', { name: /^Accept all agreed/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Accepted 3 agreed items. 2 open of 7');
    await expect.poll(chosen).toBe(true);

    // F6 goes round the view's parts (the window behind it is inert): its bar, its text, its
    // list (back on the chosen item), and Shift+F6 back.
    const parts: string[] = [];
    for (const key of ['F6', 'F6', 'F6', 'Shift+F6']) {
      await page.keyboard.press(key);
      parts.push(
        await page.evaluate(() => {
          const at = document.activeElement;
          const region = at?.closest('[data-region]')?.getAttribute('data-region') ?? 'none';
          return at?.matches('.is-selected') ? `${region}:chosen` : region;
        }),
      );
    }
    expect(parts).toEqual(['view-bar', 'view-text', 'view-list:chosen', 'view-text']);
    await page.locator('.lp-review-item.is-selected').focus();

    // Tab: the chosen item's decisions, then round the view: its bar and its text.
    const reached = await tabs(page, 9, '.lp-fullview');
    expect(reached.map((c) => c.name.replace(/ \S$/, ''))).toEqual([
      'button:Accept A',
      'button:Accept B',
      'button:Both',
      'button:Reject',
      'body',
      'button:← Agreement',
      'button:Undo',
      'div[textbox]:Document text',
      'button:Accept A',
    ]);
    expect(reached.filter((c) => c.name !== 'body' && !(c.ring && c.inside))).toEqual([]);
    // Each decision's key is its shortcut, not a word of its name ("Accept A A").
    const card = page.locator('.lp-review-item.is-selected');
    for (const [name, key] of [
      ['Accept A', 'A'],
      ['Accept B', 'B'],
      ['Both', 'C'],
      ['Reject', 'X'],
    ])
      expect(
        await card.getByRole('button', { name, exact: true }).getAttribute('aria-keyshortcuts'),
      ).toBe(key);
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      if (theme === 'dark') await expect.poll(said).toBe('Theme: dark');
      await page.locator('.lp-review-item.is-selected button').first().focus();
      await shots(page, 'review-keys');
    }
    await useTheme(page, 'light');

    await page.locator('.lp-review-item.is-selected').focus();
    await page.keyboard.press('Escape');
    await page.locator('.lp-agree-cards').waitFor();
    await expect.poll(async () => (await focusedControl(page)).name).toBe(`button:${D1}.txt`);
  });

  it('adjudication among three: Adjudicate opens it, keys accept, reject and take the majority, undo, each said; Esc goes back to Adjudicate', async () => {
    await page.getByLabel('Document to adjudicate').focus();
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focusedControl(page)).name).toBe('button:Adjudicate');
    await page.keyboard.press('Enter');
    await page.locator('.lp-review-item').first().waitFor();
    await expect
      .poll(async () => (await focusedControl(page)).name)
      .toMatch(/^li:Minority1 of 3: omar/);
    expect(await axeFindings(page, '.lp-fullview')).toEqual([]);
    await page.locator('.lp-review-item.is-selected').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(said).toBe('Candidate 2 of 9');
    await page.keyboard.press('k');
    await expect.poll(said).toBe('Candidate 1 of 9');
    await expect
      .poll(async () => (await focusedControl(page)).name)
      .toMatch(/^li:Minority1 of 3: omar/);
    // Gold holds what the review put there: amira's "United States", Iraq, the quote, the stance.
    await page.keyboard.press('a');
    // amira's "Friday", rejected in the review of amira and omar above, is decided here too:
    // the rejection is gold's.
    await expect.poll(said).toBe('Accepted GPE “The United States”, 1 of 3. 3 open of 9');
    const friday = page.locator('.lp-review-item', { hasText: 'DATE “Friday”' });
    await expect.poll(() => friday.textContent()).toMatch(/rejected/);
    await page.keyboard.press('x'); // the next open one, past those decided
    await expect.poll(said).toBe('Rejected NORP “Iranian”, 2 of 3. 2 open of 9');
    await page.keyboard.press('Shift+A'); // PERSON Mike Pompeo; Iranian stays rejected
    await expect.poll(said).toBe('Accepted 1 majority candidate. 1 open of 9');
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe('Undid: accepted 1 majority candidate. 2 open of 9');
    await page.keyboard.press('Shift+A');
    await expect.poll(said).toBe('Accepted 1 majority candidate. 1 open of 9');

    const reached = await tabs(page, 7, '.lp-fullview');
    expect(reached.map((c) => c.name.replace(/ \S$/, ''))).toEqual([
      'button:Accept',
      'button:Reject',
      'body',
      'button:← Agreement',
      'button:Undo',
      'div[textbox]:Document text',
      'button:Accept',
    ]);
    expect(reached.filter((c) => c.name !== 'body' && !(c.ring && c.inside))).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.locator('.lp-review-item.is-selected button').first().focus();
      await shots(page, 'adjudication-keys');
    }
    await useTheme(page, 'light');
    // At 1024 px the bar's buttons stay on one line (Redo wrapped under the bar).
    await page.setViewportSize({ width: 1024, height: 768 });
    const tops = await page
      .locator('.lp-review-bar > button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size, `button tops ${tops.join(', ')}`).toBe(1);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.keyboard.press('Escape');
    await page.locator('.lp-agree-cards').waitFor();
    await expect.poll(async () => (await focusedControl(page)).name).toBe('button:Adjudicate');
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await page.locator(`[data-review-document="${D1}"]`).focus();
      await shots(page, 'agreement-keys');
    }
    await useTheme(page, 'light');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.lp-fullview').count()).toBe(0);
    await expect
      .poll(async () => (await focusedControl(page)).name)
      .toBe('div[textbox]:Document text');
  });

  it('export: the counts are said as choices change, a write is said inside the dialog, Esc goes back to the text', async () => {
    const openExport = async (): Promise<void> => {
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type('Export');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Export a dataset' }).waitFor();
    };
    await openExport();
    await expect.poll(async () => (await focusedControl(page)).name).toBe('select:Export format');
    const counts = page.getByTestId('export-counts');
    await page.keyboard.press('Tab'); // Layer
    await expect.poll(async () => (await focusedControl(page)).name).toBe('select:Export layer');
    await page.keyboard.type('amira');
    await expect.poll(() => page.getByLabel('Export layer').inputValue()).toBe('amira');
    await expect.poll(() => counts.textContent()).toBe('5 documents, 6 spans, 0 stances in 1 file');
    expect(await counts.getAttribute('role')).toBe('status');
    // Only done (Space on the box): two documents, and the counts say so again.
    await page.getByRole('checkbox', { name: 'only done' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => counts.textContent()).toBe('2 documents, 6 spans, 0 stances in 1 file');
    await page.keyboard.press('Space');
    await expect.poll(() => counts.textContent()).toBe('5 documents, 6 spans, 0 stances in 1 file');

    // Every control in turn, each with a ring, and never out of the dialog.
    const reached = await tabs(page, 19, '[role="dialog"]');
    expect(reached.filter((c) => !(c.ring && c.inside))).toEqual([]);
    await page.getByLabel('Export name').focus();
    await page.keyboard.type('amira.jsonl');
    await page.keyboard.press('Tab'); // Close
    await page.keyboard.press('Tab'); // Download
    await page.keyboard.press('Tab'); // Write
    await expect.poll(async () => (await focusedControl(page)).name).toBe('button:Write');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('dialog-news').textContent())
      .toMatch(/^Exported 5 documents, 6 spans to .*amira\.jsonl\.$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(async () => (await focusedControl(page)).name)
      .toBe('div[textbox]:Document text');

    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await openExport();
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300); // the preview of the chosen layer
      await shots(page, 'export-keys');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await useTheme(page, 'light');
  });
});
