import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, ProjectFolder } from '../../src/node';
import { writeAnnotatorLayer, writeReviewTeam } from '../helpers/annotatorLayer';
import { contrast } from '../helpers/contrast';
import { demoNameSpans } from '../helpers/demoNameSpans';
import { focusedControl } from './support/focusedControl';
import { focused } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { dialogShots, shots, useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';
const TARGET = '003_db420c97a7bde98a';
const TEXT = 'div[textbox]:Document text';

/** Whether the text's highlight `css` is inside the part of the text pane on screen. */
function inView(page: Page, css: string): Promise<boolean> {
  return page
    .locator(css)
    .first()
    .evaluate((mark) => {
      const pane = mark.closest('.lp-review-text') ?? document.documentElement;
      const [m, p] = [mark.getBoundingClientRect(), pane.getBoundingClientRect()];
      return m.top >= Math.max(p.top, 0) && m.bottom <= Math.min(p.bottom, window.innerHeight);
    });
}

/** The heatmap's cells with a count: their ink and ground as rgb(), whatever CSS they were written in. */
function heatCells(page: Page): Promise<{ count: string; ink: string; ground: string }[]> {
  return page.locator('.lp-heatmap td').evaluateAll((cells) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const rgb = (css: string): string => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    };
    return cells
      .filter((c) => c.textContent?.trim())
      .map((c) => {
        const style = getComputedStyle(c);
        return {
          count: c.textContent ?? '',
          ink: rgb(style.color),
          ground: rgb(style.backgroundColor),
        };
      });
  });
}

// Walked by keys alone, agreement, review, adjudication and suggestions had these faults: the
// agreement view took the keyboard on an unnamed box with no ring to be seen, and its label
// confusion's counts were white on pink in the dark theme, and an F1 bar's empty track a
// full-looking white bar there; an undone
// decision left the keyboard on the item the decision had moved on to, so the next key decided
// that one; Both on a label conflict was heard with A's label only; a candidate chosen in the
// adjudication stayed out of sight in the text; the shortcuts dialog left out the keys of a
// model's suggestion (Enter, Backspace, Shift+Enter) and of relating spans; the toolbar read
// "21 model suggestion(s)"; ] with none to go to said nothing; Esc left a ghost under the cursor.
describe('review, adjudication and suggestions by keys (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-review-suggest-keys-'));
  const dir = join(root, 'project');
  const said = () => page.getByTestId('view-announcement').textContent();
  const spanSaid = () => page.getByTestId('span-announcement').textContent();
  const chosen = () => page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Review and suggestions', seedsDir: seeds });
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    await writeReviewTeam(store, [D0, D1], [t0, t1], { sam: true });
    const folder = await ProjectFolder.open(dir);
    for (const id of ['002_70f1dc10c1ed88b3', '004_0e14e19a6fd5e9a8'])
      await writeAnnotatorLayer(
        folder,
        id,
        'lena',
        demoNameSpans(await folder.readText(id), 'lena'),
      );
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('review: Both names both versions; Ctrl+Z chooses the undone item again, so the next key decides it', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('agreement');
    await page.keyboard.press('Enter');
    // The keyboard lands on the view's named section, with a ring (it was an unnamed box).
    await expect.poll(() => focused(page)).toBe('section:Agreement');
    expect((await focusedControl(page)).ring).toBe(true);
    await shots(page, 'agreement-opened-keys', async () => {
      await page.locator('section[aria-label="Agreement"]').focus();
    });
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.getByLabel('Annotator B').focus();
    await page.keyboard.type('omar');
    await expect.poll(said).toMatch(/^amira and omar, exact match/);
    // The confusion heatmap's counts read on their cells in both themes (white on pink in dark).
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      const cells = await heatCells(page);
      expect(cells.length).toBeGreaterThan(2);
      const faint = cells.filter((c) => contrast(c.ink, c.ground) < 4.5);
      expect(faint, theme).toEqual([]);
      // An F1 bar's empty track is the panel's kind of colour, not a full-looking white bar.
      const [track, panel] = await page
        .locator('.lp-bars__track')
        .first()
        .evaluate((t) => [
          getComputedStyle(t).backgroundColor,
          getComputedStyle(t.closest('.lp-agree-panel')!).backgroundColor,
        ]);
      expect(contrast(track!, panel!), `${theme}: ${track} on ${panel}`).toBeLessThan(1.5);
    }
    await shots(page, 'agreement-heatmap', async () => {
      await page.locator('.lp-heatmap').scrollIntoViewIfNeeded();
    });
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.locator(`[data-review-document="${D1}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:Boundary conflict/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('j');
    await expect.poll(said).toBe('Item 5 of 7');
    await expect.poll(() => focused(page)).toMatch(/^li:Label conflict/);
    const conflict = await chosen();

    await page.keyboard.press('c');
    await expect
      .poll(said)
      .toBe('Accepted both versions: PERSON “Mike Pompeo” and ORG “Mike Pompeo”. 6 open of 7');
    expect(await chosen()).not.toBe(conflict);
    await page.keyboard.press('Control+z');
    await expect
      .poll(said)
      .toBe(
        'Undid: accepted both versions: PERSON “Mike Pompeo” and ORG “Mike Pompeo”. 7 open of 7',
      );
    await expect.poll(chosen).toBe(conflict);
    await expect.poll(() => focused(page)).toMatch(/^li:Label conflict/);
    // The next key decides the item the undo gave back, as the analyst sees it chosen.
    await page.keyboard.press('b');
    await expect.poll(said).toBe("Accepted B's version: ORG “Mike Pompeo”. 6 open of 7");
    const gold = async () =>
      (await (await ProjectFolder.open(dir)).readLayer(D1, 'gold')).spans.map((s) => s.label);
    await expect.poll(gold).toEqual(['ORG']);

    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`button:${D1}.txt`);
  });

  it('adjudication: Ctrl+Z chooses the undone candidate again; a chosen candidate’s words come into view', async () => {
    await page.getByLabel('Document to adjudicate').focus();
    await page.keyboard.type(D1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:Minority/);
    const first = await chosen();
    await page.keyboard.press('a');
    await expect
      .poll(said)
      .toMatch(/^Accepted GPE “The United States”, 1 of \d\. \d+ open of \d+$/);
    await expect.poll(chosen).not.toBe(first);
    await page.keyboard.press('Control+z');
    await expect.poll(said).toMatch(/^Undid: accepted GPE “The United States”/);
    await expect.poll(chosen).toBe(first);
    await expect.poll(() => focused(page)).toMatch(/^li:Minority/);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Adjudicate');

    // The first document's one candidate, Mike Pompeo, is far down its text.
    await page.getByLabel('Document to adjudicate').focus();
    await page.keyboard.type(D0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^li:\w+\d of \d: amira, omar/);
    const mark = `.lp-review-text [data-span-id="${await chosen()}"]`;
    await expect.poll(() => inView(page, mark)).toBe(true);
    await shots(page, 'adjudication-chosen-in-view');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Adjudicate');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
  });

  it('the shortcuts dialog lists the keys of a model’s suggestion and of relating spans', async () => {
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = async (section: string) =>
      (await dialog.getByRole('region', { name: section }).locator('dt').allTextContents()).map(
        (t) => t.trim(),
      );
    const open = async (): Promise<void> => {
      await page.locator('.ProseMirror').focus();
      await page.keyboard.press('Control+/');
      await dialog.waitFor();
      await dialog
        .getByRole('region', { name: 'With a model suggestion under the cursor' })
        .scrollIntoViewIfNeeded();
    };
    await open();
    expect(await rows('With a model suggestion under the cursor')).toEqual([
      'Enter',
      'Backspace',
      'Shift+Enter',
    ]);
    expect(await rows('Relating one span to another')).toEqual(['Enter']);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
    expect(await dialogShots(page, 'shortcuts-model-suggestion', open)).toEqual([]);
  });

  it('] with no suggestions says so; the toolbar counts the model’s suggestions in words', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press(']');
    await expect.poll(spanSaid).toBe('No model suggestions in this document');
    expect(await focused(page)).toBe(TEXT);
    await page.keyboard.press('Control+Shift+g');
    await expect
      .poll(() => page.locator('[role="status"], [role="alert"]').allTextContents(), {
        timeout: 60_000,
      })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Suggested [\d,]+ spans? in/)]));
    await page.locator(`[data-document-id="${TARGET}"]`).focus();
    await page.keyboard.press('Enter');
    const count = page.locator('.lp-suggest > span.lp-muted');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ model suggestions$/);
    await shots(page, 'suggest-count-toolbar');
    // The key its tooltip and the Keys panel show reaches them.
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press(']');
    await expect.poll(spanSaid).toMatch(/^Suggested by the model: .*, suggestion 1 of \d+$/);
    await expect.poll(() => page.getByTestId('model-suggestion-current').count()).toBe(1);
    // Esc clears the ghost under the cursor as it clears a selection.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('model-suggestion-current').count()).toBe(0);
    await expect.poll(() => count.textContent()).toMatch(/^\d+ model suggestions$/);
    expect(await focused(page)).toBe(TEXT);
  });
});
