import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callApi } from './support/callApi';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { axeFindingsNow, closeDialog, dialogShots } from './support/themes';

const DOC = '000_90267a0c835213d2';

/** Notes, in the page, every text an alert shows from now on (an alert is said as it changes). */
async function recordAlerts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { loupeAlerts: seen });
    const note = (): void => {
      for (const alert of document.querySelectorAll('[role="alert"]')) {
        const text = alert.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }
    };
    new MutationObserver(note).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  return () =>
    page.evaluate(() =>
      'loupeAlerts' in window && Array.isArray(window.loupeAlerts)
        ? window.loupeAlerts.map(String)
        : [],
    );
}

/** The text of the element a control's `aria-describedby` names (its description), or null. */
function description(page: Page, css: string): Promise<string | null> {
  return page.evaluate((css) => {
    const ids = document.querySelector(css)?.getAttribute('aria-describedby');
    if (!ids) return null;
    return ids
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }, css);
}

// The Export dialog walked by keys and heard as a screen reader hears it: its groups were named
// "Export with layers" and "Export labels" (their legends, saying what the boxes do, never
// heard); the overlap list was "Export overlaps" while its refusal sent the user to
// "Overlapping spans"; each key typed in Split ("8", "80", "80/") was refused aloud; the counts
// came back after a refusal in a status added with its words (which no screen reader reads);
// the export name never said where the file goes; the reasons named the command line's options.
describe('the Export dialog by keyboard alone, as a screen reader hears it (Chromium)', () => {
  let project: SeededPage;
  let page: Page;
  const dialog = () => page.getByRole('dialog', { name: 'Export a dataset' });
  const counts = () => page.getByTestId('export-counts').textContent();

  /** File › Export… from the header, by keys. */
  async function openByMenu(): Promise<void> {
    await page.locator('.lp-reading .ProseMirror').focus();
    await reachPart(page, '[data-region="header"]');
    expect(await focused(page)).toBe('button:File');
    await page.keyboard.press('Enter');
    // Down the menu until its item has the keyboard (the menu moves it a moment after the key).
    const item = page.getByRole('menuitem', { name: 'Export…' });
    await expect
      .poll(async () => {
        if (await item.evaluate((e) => e === document.activeElement)) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      })
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('select:Export format');
  }

  /** Moves the keyboard by Tab to the control `name` names, inside the dialog. */
  async function tabTo(name: string): Promise<void> {
    for (let i = 0; i < 40 && (await focused(page)) !== name; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(name);
  }

  /** Moves the keyboard by Tab to `control`. */
  async function tabToControl(control: ReturnType<Page['getByLabel']>): Promise<void> {
    const has = () => control.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 40 && !(await has()); i++) await page.keyboard.press('Tab');
    expect(await has()).toBe(true);
  }

  beforeAll(async () => {
    project = await openSeededPage('Export by keys');
    page = project.page;
    const { document } = await callApi<{ document: { text: string } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    const points = [...document.text];
    // Two PERSON spans and a MISC span over one of them: IOB tags cannot hold that pair.
    for (const [needle, label] of [
      ['Prime Minister asked', 'PERSON'],
      ['Mike Pompeo', 'PERSON'],
      ['US Secretary of State Mike Pompeo', 'MISC'],
    ] as const) {
      const start = [...document.text.slice(0, document.text.indexOf(needle))].length;
      expect(points.slice(start, start + needle.length).join('')).toBe(needle);
      await callApi(project.server, 'addSpan', {
        documentId: DOC,
        label,
        fragments: [{ start, end: start + needle.length }],
      });
    }
    // A teammate's layer, for the doccano export to write with lena's.
    const record = { text: 'Amira met Omar in Baghdad.', label: [[18, 25, 'GPE']] };
    await callApi(project.server, 'importFiles', {
      files: [
        { name: 'omar.jsonl', base64: Buffer.from(JSON.stringify(record)).toString('base64') },
      ],
      format: 'doccano',
      skipInvalid: false,
      annotator: 'omar',
    });
    // The model's suggestions for the document: Iraq, and Baghdad, which lena rejected.
    const { textHash } = z
      .object({ textHash: z.string() })
      .parse(JSON.parse(readFileSync(join(project.dir, 'documents', `${DOC}.json`), 'utf8')));
    const suggestion = (needle: string, id: string, decision?: string) => {
      const start = [...document.text.slice(0, document.text.indexOf(needle))].length;
      const attributes = { confidence: 0.7, ...(decision ? { decision } : {}) };
      const createdAt = '2026-01-10T09:00:00.000Z';
      return { id, label: 'GPE', start, end: start + needle.length, attributes, createdAt };
    };
    mkdirSync(join(project.dir, 'annotations', 'model'), { recursive: true });
    writeFileSync(
      join(project.dir, 'annotations', 'model', `${DOC}.json`),
      JSON.stringify({
        formatVersion: 2,
        documentId: DOC,
        annotator: 'model',
        status: 'in_progress',
        textHash,
        documentLabels: {},
        spans: [suggestion('Iraq', 'm1'), suggestion('Baghdad', 'm2', 'rejected')],
        relations: [],
        stances: [],
      }),
    );
    await page.reload();
    await page.locator('html[data-app="ready"] .lp-span').first().waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('names its groups by their legends, each described by what its boxes do; Tab stays inside', async () => {
    await openByMenu();
    await page.keyboard.press('ArrowDown'); // spans-jsonl → doccano
    await expect.poll(() => page.getByLabel('Export format').inputValue()).toBe('doccano');
    const layers = dialog().getByRole('group', { name: 'Layers written with it', exact: true });
    await layers.waitFor();
    expect(
      await description(page, '.lp-dialog fieldset:has([aria-label^="Export with layer"])'),
    ).toBe(
      '(each annotation with its user; a record several hold is written once, as doccano 1.x writes a record of several users)',
    );
    await dialog().getByRole('group', { name: 'Labels to export', exact: true }).waitFor();
    expect(await description(page, '.lp-dialog fieldset:has([aria-label^="Export label"])')).toBe(
      '(the others, and what refers to them, are left out)',
    );
    await expect.poll(counts).toBe('6 documents, 3 spans, 0 stances in 1 file');
    // omar's layer ticked by Space, written with lena's: the counts say it again.
    await tabTo('input:Export with layer omar');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Export with layer omar').isChecked()).toBe(true);
    await expect.poll(counts).toBe('6 documents, 4 spans, 0 stances in 2 files');
    // Round the dialog and back, never out of it.
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const now = await focusedControl(page, '.lp-dialog');
      expect(now.inside, now.name).toBe(true);
      expect(now.ring, now.name).toBe(true);
      seen.push(now.name);
      if (now.name === 'input:Export with layer omar') break;
    }
    expect(seen).toEqual(expect.arrayContaining(['button:Close', 'select:Export format']));
    expect(await axeFindingsNow(page, '.lp-dialog')).toEqual([]);
  });

  it('sends a refusal to the list it names, and says the counts again when it is past', async () => {
    await tabTo('select:Export format');
    await page.keyboard.press('ArrowDown'); // doccano → brat
    await page.keyboard.press('ArrowDown'); // brat → conll
    // The status the counts are said in stays in the page through the refusal.
    await page
      .getByTestId('export-counts')
      .evaluate((status) => status.setAttribute('data-kept', ''));
    const alert = dialog().getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/under Overlapping spans/);
    const overlaps = dialog().getByRole('combobox', { name: 'Overlapping spans', exact: true });
    expect(await description(page, '.lp-dialog select[aria-label="Overlapping spans"]')).toBe(
      '(IOB tags cannot hold them)',
    );
    await tabTo('select:Overlapping spans');
    await page.keyboard.press('ArrowDown'); // refuse → keep the longest
    expect(await overlaps.inputValue()).toBe('longest');
    await expect.poll(() => alert.count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-kept]').textContent())
      .toBe('6 documents, 2 spans, 0 stances in 1 file');
    // Its reason in the dialog's words, not the command line's.
    const preview = (await page.getByLabel('Export preview').textContent()) ?? '';
    expect(preview).toContain(
      'Not written: CoNLL / IOB: 1 × overlapping span dropped (Overlapping spans “keep the longest”: kept the longest, then the earliest)',
    );
    expect(preview).not.toContain('--');
  });

  it('takes a split once typing rests: no refusal at each key, the field says what is wrong', async () => {
    const alerts = await recordAlerts(page);
    const split = page.getByLabel('Split');
    await tabToControl(split);
    for (const key of '80/') {
      await page.keyboard.type(key);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1_000); // past the rest that takes the split, and its answer
    expect(await alerts()).toEqual([]);
    await expect.poll(() => split.getAttribute('aria-invalid')).toBe('true');
    const problem = 'Split takes train/dev/test (e.g. 80/10/10) or train/test, not "80/"';
    expect(await description(page, '.lp-dialog input[aria-invalid]')).toBe(problem);
    expect(await counts()).toBe(`No preview: ${problem}`);
    expect(await dialog().getByRole('button', { name: 'Download' }).isDisabled()).toBe(true);
    await page.keyboard.type('10/10');
    await page.keyboard.press('Tab'); // leaving the field takes the split at once
    await expect.poll(counts).toBe('6 documents, 2 spans, 0 stances in 3 files');
    expect(await split.getAttribute('aria-invalid')).toBeNull();
    expect(await alerts()).toEqual([]);
  });

  it('says where the export goes, what Write wrote, and keeps every choice through Esc', async () => {
    expect(await description(page, '.lp-dialog input[aria-label="Export name"]')).toBe(
      "(saved in the project's exports folder: all.jsonl, with the format's extension, is one file of every document, or with a split all.train.jsonl, all.dev.jsonl…; a name without one, a folder of its files)",
    );
    await tabTo('input:Export name');
    await page.keyboard.type('walk');
    await tabTo('button:Write');
    await page.keyboard.press('Enter');
    const out = join(project.dir, 'exports', 'walk');
    await expect
      .poll(() => dialog().getByTestId('dialog-news').textContent())
      .toBe(`Exported 6 documents, 2 spans to ${out}.`);
    expect(existsSync(join(out, 'train', 'conll.txt'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await focused(page)).toBe('button:File');
    await openByMenu();
    expect(await page.getByLabel('Export format').inputValue()).toBe('conll');
    expect(await page.getByLabel('Overlapping spans').inputValue()).toBe('longest');
    expect(await page.getByLabel('Split').inputValue()).toBe('80/10/10');
    // A split typed and Esc at once, before typing rested: kept, and taken (other documents
    // go to train/ than with 80/10/10).
    const trainFile = () =>
      dialog()
        .getByText(/^train\/conll\.txt · /)
        .textContent();
    await expect.poll(trainFile).toMatch(/ bytes$/);
    const before = await trainFile();
    await page.getByLabel('Split').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('50/50');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    await openByMenu();
    expect(await page.getByLabel('Split').inputValue()).toBe('50/50');
    await expect.poll(trainFile).not.toBe(before);
    expect(await counts()).toMatch(/^6 documents, 2 spans, 0 stances in \d files$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    // Light and dark at 1280 and 1024 px, each theme checked by axe.
    const found = await dialogShots(page, 'export-keyboard', async () => {
      await openByMenu();
      await expect.poll(counts).toMatch(/ in \d files$/);
    });
    expect(found).toEqual([]);
  });

  it('offers rejected suggestions only for a layer that has some, gold only once adjudicated, and refuses a stance table of no stances', async () => {
    await openByMenu();
    await page.keyboard.press('Home'); // conll → spans-jsonl
    await expect.poll(() => page.getByLabel('Export format').inputValue()).toBe('spans-jsonl');
    const box = page.getByRole('checkbox', { name: 'Include rejected suggestions', exact: true });
    // omar's layer, ticked under doccano above, is written with spans JSONL too: untick it.
    const omar = page.getByLabel('Export with layer omar');
    await expect.poll(() => omar.isChecked()).toBe(true);
    await tabTo('input:Export with layer omar');
    await page.keyboard.press('Space');
    await expect.poll(() => omar.isChecked()).toBe(false);
    await expect.poll(counts).toMatch(/^6 documents, 3 spans, 0 stances in \d files?$/);
    expect(await box.count()).toBe(0); // lena rejected nothing in her own layer
    // The layer list: gold cannot be chosen yet, and says why; the arrows pass it by.
    const gold = page.locator('select[aria-label="Export layer"] option[value="gold"]');
    expect(await gold.textContent()).toBe('gold (nothing adjudicated yet)');
    expect(await gold.isDisabled()).toBe(true);
    await tabTo('select:Export layer');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
    const layer = () => page.getByLabel('Export layer').inputValue();
    await expect.poll(layer).toBe('omar');
    await page.keyboard.press('ArrowUp'); // omar → model
    await expect.poll(layer).toBe('model');
    // omar's layer holds 1 span too: the model's preview is the one that names its rejection.
    const preview = () => page.getByLabel('Export preview').textContent();
    await expect
      .poll(preview)
      .toContain(
        'Not written: 1 rejected suggestion left out (tick “Include rejected suggestions” to export them too)',
      );
    expect(await counts()).toMatch(/^6 documents, 1 span, 0 stances in \d files?$/);
    // Reached by Tab, heard with its state and what it does; Space ticks it.
    await tabToControl(box);
    expect(await box.isChecked()).toBe(false);
    const boxCss = '.lp-dialog .lp-rejected input[type="checkbox"]';
    expect(await description(page, boxCss)).toBe(
      "1 suggestion rejected in model's layers: left out, as they are not the model's spans; tick to write them too.",
    );
    expect(await focusedControl(page, '.lp-dialog')).toMatchObject({ inside: true, ring: true });
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(counts).toMatch(/^6 documents, 2 spans, 0 stances in \d files?$/);
    expect(await preview()).not.toContain('rejected suggestion');
    expect(await description(page, boxCss)).toBe(
      "1 suggestion rejected in model's layers: written with the layers' other spans.",
    );
    await closeDialog(page);
    const found = await dialogShots(page, 'export-rejected', async () => {
      await openByMenu();
      await tabToControl(box);
    });
    // A stance table of a layer without stances: said before anything is written, and
    // Download and Write kept from it with that reason.
    await openByMenu();
    await page.getByLabel('Export format').selectOption('stance-tsv');
    const alert = dialog().getByRole('alert');
    const refusal =
      "Nothing to export: no stances in model's layers: choose a layer with stances or another format. Nothing was changed.";
    await expect.poll(() => alert.textContent()).toBe(refusal);
    expect(await box.count()).toBe(0);
    expect(await counts()).toBe('');
    for (const name of ['Download', 'Write']) {
      const button = dialog().getByRole('button', { name, exact: true });
      expect(await button.isDisabled()).toBe(true);
      const reason = await button.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${reason}"]`).textContent()).toBe(refusal);
    }
    await closeDialog(page);
    found.push(
      ...(await dialogShots(page, 'export-no-stances', async () => {
        await openByMenu();
        await expect.poll(() => alert.textContent()).toBe(refusal);
      })),
    );
    expect(found).toEqual([]);
  });
});
