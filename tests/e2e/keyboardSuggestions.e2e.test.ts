import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, ProjectFolder } from '../../src/node';
import { writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { contrast } from '../helpers/contrast';
import { demoNameSpans } from '../helpers/demoNameSpans';
import { focusedControl } from './support/focusedControl';
import { focused } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { openSeededPage } from './support/openSeededPage';
import { screenshotPath } from './support/screenshotPath';
import { axeFindingsNow, shots, useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const ANNOTATED = ['000_90267a0c835213d2', '001_8f0f90acb7aa8cc5'];
const TARGET = '003_db420c97a7bde98a';
const TEXT = 'div[textbox]:Document text';
// The model's suggestions decided by keys were not heard: Enter and Backspace took the ghost
// under the cursor away and moved the cursor on without a word of what was decided, and
// Shift+Enter (every suggestion of that label) said nothing at all.
describe('the model’s suggestions decided by keys are heard (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-suggest-keys-'));
  const dir = join(root, 'project');
  const said = () => page.getByTestId('span-announcement').textContent();
  const mine = async () => (await ProjectFolder.open(dir)).readLayer(TARGET, 'lena');

  beforeAll(async () => {
    await createProject(dir, { name: 'Suggestions by keys', seedsDir: seeds });
    const store = await ProjectFolder.open(dir);
    for (const id of ANNOTATED)
      await writeAnnotatorLayer(store, id, 'lena', demoNameSpans(await store.readText(id), 'lena'));
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('Enter and Backspace say what they decided and where the cursor went; Shift+Enter says how many', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+g');
    await expect
      .poll(() => page.locator('[role="status"], [role="alert"]').allTextContents(), {
        timeout: 60_000,
      })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Suggested [\d,]+ spans? in/)]));
    const opener = page.locator(`[data-document-id="${TARGET}"]`);
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.lp-ghost--machine').count()).toBeGreaterThan(3);
    await page.locator('.ProseMirror').focus();

    await page.keyboard.press(']');
    await expect.poll(said).toMatch(/^Suggested by the model: (GPE|PERSON) “/);
    const first = /: (\S+ “[^”]+”)/.exec((await said()) ?? '')?.[1];
    await page.keyboard.press('Enter');
    await expect.poll(said).toMatch(new RegExp(`^Accepted ${first}\\. Next: \\S+ “[^”]+”$`));
    expect(await focused(page)).toBe(TEXT);
    await expect.poll(async () => (await mine()).spans.length).toBe(1);

    const next = /Next: (\S+ “[^”]+”)$/.exec((await said()) ?? '')?.[1];
    await page.keyboard.press('Backspace'); // the one the cursor went on to
    await expect.poll(said).toMatch(new RegExp(`^Rejected ${next}\\. Next: \\S+ “[^”]+”$`));
    expect((await mine()).spans).toHaveLength(1);

    // Every open ghost of the label under the cursor, counted on the page.
    const label = /Next: (\S+) “/.exec((await said()) ?? '')?.[1] ?? '';
    const ofLabel = await page
      .locator('.lp-ghost--machine')
      .evaluateAll(
        (ghosts, label) =>
          new Set(
            ghosts
              .filter((g) => g.getAttribute('title')?.startsWith(`${label} `))
              .map((g) => g.getAttribute('data-ghost')),
          ).size,
        label,
      );
    expect(ofLabel).toBeGreaterThan(0);
    await page.keyboard.press('Shift+Enter');
    await expect
      .poll(said)
      .toMatch(
        new RegExp(
          `^Accepted ${ofLabel} ${label} suggestions?\\. [\\d,]+ suggestions? left in this document$`,
        ),
      );
    await expect.poll(async () => (await mine()).spans.length).toBe(1 + ofLabel);
    expect(await focused(page)).toBe(TEXT);
  });

  // The Suggest button was swapped for a Cancel button while the learner ran, then back: the
  // keyboard that pressed it was dropped on the page twice, and Tab started over from the top.
  it('Suggest pressed by Enter keeps the keyboard: on Cancel while it runs, on Suggest after', async () => {
    const button = page.locator('.lp-suggest > button');
    await button.focus();
    expect(await focused(page)).toBe('button:Suggest');
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('Cancel');
    expect(await focused(page)).toBe('button:Cancel');
    expect((await focusedControl(page)).ring).toBe(true);
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await button.focus();
      await page.screenshot({ path: screenshotPath(`suggest-cancel-keyboard-1024-${theme}.png`) });
    }
    await page.keyboard.press('Enter'); // Cancel
    await expect.poll(() => button.textContent()).toBe('Suggest');
    expect(await focused(page)).toBe('button:Suggest');
    expect((await focusedControl(page)).ring).toBe(true);
    await useTheme(page, 'light');
  });
});

// An undone rejection was said as "Undid the last edit" and its ghost stayed away until the
// document was opened again; an undone accept was "1 span removed, status now to do". And two
// ghosts of the same words one after the other (GPE “Iraq”, 1.00) were said once: ] said nothing.
describe('undo of a decision on a suggestion, and ] through ghosts of the same words (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-suggest-undo-'));
  const dir = join(root, 'project');
  const said = () => page.getByTestId('span-announcement').textContent();
  const mine = async () => (await ProjectFolder.open(dir)).readLayer(TARGET, 'lena');
  const ghosts = () =>
    page
      .locator('.lp-ghost--machine')
      .evaluateAll((all) => new Set(all.map((g) => g.getAttribute('data-ghost'))).size);

  beforeAll(async () => {
    await createProject(dir, { name: 'Suggestions undone', seedsDir: seeds });
    const store = await ProjectFolder.open(dir);
    for (const id of ANNOTATED)
      await writeAnnotatorLayer(store, id, 'lena', demoNameSpans(await store.readText(id), 'lena'));
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 768 });
    page = project.page;
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+g');
    const learned = () => /Suggested [\d,]+ spans? in/.test(document.body.innerText);
    await page.waitForFunction(learned, null, { timeout: 60_000 });
    await page.locator(`[data-document-id="${TARGET}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.lp-ghost--machine').length > 3);
    await page.locator('.ProseMirror').focus();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('] says each ghost with its place, so two of the same words are both heard', async () => {
    const total = await ghosts();
    for (let k = 1; k <= total; k++) {
      await page.keyboard.press(']');
      await expect.poll(said).toMatch(new RegExp(`, suggestion ${k} of ${total}$`));
    }
    expect(await focused(page)).toBe(TEXT);
  });

  // [ steps back through the same ghosts: from the last it counts down to suggestion 1, then
  // wraps to the last again; each step is said with its place and the text keeps the keyboard.
  it('[ says each ghost with its place going back, and wraps from the first to the last', async () => {
    const total = await ghosts();
    expect(await said()).toMatch(new RegExp(`, suggestion ${total} of ${total}$`));
    const heard: string[] = [];
    for (let k = total - 1; k >= 1; k--) {
      await page.keyboard.press('[');
      await expect.poll(said).toMatch(new RegExp(`, suggestion ${k} of ${total}$`));
      heard.push((await said()) ?? '');
      expect(await focused(page)).toBe(TEXT);
    }
    await page.keyboard.press('[');
    await expect.poll(said).toMatch(new RegExp(`, suggestion ${total} of ${total}$`));
    expect(await focused(page)).toBe(TEXT);
    // The ghost the cursor wrapped to, far down the text, is brought into view (a smooth scroll
    // was cut short by the redraw, and the ghost stayed below the window).
    const inView = () =>
      page
        .locator('.lp-ghost--machine.lp-ghost--selected')
        .first()
        .evaluate((g) => {
          const { top } = g.getBoundingClientRect();
          return top >= 0 && top < window.innerHeight;
        });
    await expect.poll(inView).toBe(true);
    // Two ghosts over the same words are both heard, told apart by their place.
    const words = heard.map((h) => /: (\S+ “[^”]+”)/.exec(h)?.[1] ?? '');
    const twice = words.find((w, i) => words.indexOf(w) !== i);
    expect(twice, words.join(' | ')).toBeDefined();
    expect(new Set(heard).size).toBe(heard.length);
    expect((await mine()).spans).toHaveLength(0); // moving decides nothing
    await shots(page, 'suggest-previous-wrapped');
    expect(await axeFindingsNow(page, '.lp-reading')).toEqual([]);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press(']'); // back to suggestion 1 for the next test's start
    await expect.poll(said).toMatch(new RegExp(`, suggestion 1 of ${total}$`));
  });

  it('Ctrl+Z names the rejection or acceptance it undid and puts its ghost back under the cursor', async () => {
    const total = await ghosts();
    await page.keyboard.press(']');
    const ghost = /: (\S+ “[^”]+”)/.exec((await said()) ?? '')?.[1] ?? '';
    await page.keyboard.press('Backspace');
    await expect.poll(said).toMatch(new RegExp(`^Rejected ${ghost}\\.`));
    await expect.poll(ghosts).toBe(total - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe(`Undid: reject ${ghost}`);
    await expect.poll(ghosts).toBe(total);
    // The ghost back under the cursor is readable in both themes (it was light ink on lilac in dark).
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      const { ink, ground } = await page
        .locator('.lp-ghost--machine.lp-ghost--selected')
        .first()
        .evaluate((g) => ({
          ink: getComputedStyle(g).color,
          ground: getComputedStyle(g).backgroundColor,
        }));
      expect(contrast(ink, ground), `${theme}: ${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      await page.screenshot({ path: screenshotPath(`suggest-undo-reject-1024-${theme}.png`) });
    }
    await useTheme(page, 'light');
    await page.keyboard.press('Enter'); // the ghost the undo brought back is under the cursor
    await expect.poll(said).toMatch(new RegExp(`^Accepted ${ghost}\\.`));
    await expect.poll(async () => (await mine()).spans.length).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(said).toBe(`Undid: accept ${ghost}`);
    await expect.poll(async () => (await mine()).spans.length).toBe(0);
    await expect.poll(ghosts).toBe(total);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(said).toBe(`Redid: accept ${ghost}`);
    await expect.poll(async () => (await mine()).spans.length).toBe(1);
    expect(await focused(page)).toBe(TEXT);
  });
});

// A new annotator's Suggest, before their first span, was refused as if someone had removed
// them ("No annotator … another window or a teammate may have removed it"), and a refused run
// (Suggest, or Sync with no remote) turned the header to "Not saved" though no edit was lost.
describe('Suggest and Sync refused in a new project (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const alerts = () => page.getByRole('alert').allTextContents();
  const saveState = () => page.getByTestId('save-state').textContent();

  beforeAll(async () => {
    project = await openSeededPage('Suggest before the first span');
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('Suggest says there is nothing to learn from yet; the work stays saved', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+g');
    await expect
      .poll(alerts, { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^Lena has no spans to learn from; annotate a few documents first\. Nothing was changed\./,
          ),
        ]),
      );
    expect(await saveState()).toBe('Saved');
    expect(await focused(page)).toBe(TEXT);
  });

  it('Sync with no remote says so in its dialog; the work stays saved, Esc goes back to the text', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+y');
    const dialog = page.getByRole('dialog', { name: 'Sync with your team' });
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toMatch(/^This project has no remote yet/);
    expect(await saveState()).toBe('Saved');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(TEXT);
    expect(await saveState()).toBe('Saved');
  });
});
