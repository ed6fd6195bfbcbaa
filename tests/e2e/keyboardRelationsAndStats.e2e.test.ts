import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { callApi } from './support/callApi';
import { focusedControl } from './support/focusedControl';
import { focused, reachPart } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindingsNow, shots } from './support/themes';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';
const TEAM = [
  'amira.haddad',
  'omar.farouk',
  'sam.goldberg',
  'priya.natarajan',
  'kwame.mensah',
  'yuki.tanaka',
  'fatima.zahra',
  'oleksandr.kovalenko',
  'isabella.rossi',
];

// Relations of one type listed beside the text each had a Delete button named "Delete relation
// leader-of": a screen reader could not tell which one it would delete. Project statistics
// opened on its Close button and said nothing of the counts (they replaced "Counting…"
// silently), and its table of spans per label, a column per annotator, ran out of the dialog
// at 1024 px: the last annotators' columns cut off, with nothing the keyboard could scroll.
describe('relations deleted and project statistics read, by keyboard alone (Chromium)', () => {
  let project: ProjectPage;
  let page: Page;
  const said = () => page.getByTestId('span-announcement').textContent();
  const stats = () => page.getByRole('dialog', { name: 'Project statistics' });

  /** Runs an item of a header menu by keys: F6 to the header, arrows to the menu and item. */
  async function fromMenu(menu: string, item: string): Promise<void> {
    await page.locator('.lp-reading .ProseMirror').focus();
    await reachPart(page, '[data-region="header"]');
    await expect
      .poll(async () => {
        if ((await focused(page)) === `button:${menu}`) return true;
        await page.keyboard.press('ArrowRight');
        return false;
      })
      .toBe(true);
    await page.keyboard.press('Enter');
    // Down the menu until the item has the keyboard (the menu moves it a moment after the key).
    const entry = page.getByRole('menuitem', { name: item });
    await expect
      .poll(async () => {
        if (await entry.evaluate((e) => e === document.activeElement)) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      })
      .toBe(true);
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-relstats-'));
    const dir = join(root, 'project');
    const store = await createProject(dir, { name: 'Relations and statistics', seedsDir: SEEDS });
    const text = readFileSync(join(dir, 'documents', `${DOC}.txt`), 'utf8');
    for (const [n, name] of TEAM.entries())
      await writeAnnotatorLayer(store, DOC, name, [
        spanOver(text, 'Washington', 'GPE', `w${n}`),
        spanOver(text, 'Mike Pompeo', n % 2 ? 'PERSON' : 'ORG', `p${n}`),
      ]);
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
    const points = [...text];
    const ids: string[] = [];
    for (const [needle, label] of [
      ['Prime Minister asked', 'PERSON'],
      ['Washington to', 'GPE'],
      ['US Secretary of State Mike Pompeo', 'PERSON'],
    ] as const) {
      const word = needle.replace(/ (asked|to)$/, '');
      const start = [...text.slice(0, text.indexOf(needle))].length;
      expect(points.slice(start, start + word.length).join('')).toBe(word);
      const added = await callApi<{ changes: { upserted: { id: string }[] }[] }>(
        project.server,
        'addSpan',
        { documentId: DOC, label, fragments: [{ start, end: start + word.length }] },
      );
      ids.push(added.changes[0]!.upserted[0]!.id);
    }
    // Two relations of one type: Prime Minister → Washington, Washington → US Secretary…
    for (const [from, to] of [
      [ids[0], ids[1]],
      [ids[1], ids[2]],
    ])
      await callApi(project.server, 'addRelation', {
        documentId: DOC,
        from,
        to,
        type: 'leader-of',
      });
    await page.reload();
    await page.locator('html[data-app="ready"] .lp-span').first().waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('names each relation’s Delete button by its ends, and deletes the one it names', async () => {
    await page.locator('.lp-reading .ProseMirror').focus();
    await reachPart(page, 'aside[aria-label="Document"]');
    const second =
      'button:Delete relation “Washington” leader-of “US Secretary of State Mike Pompeo”';
    const names: string[] = [];
    for (let i = 0; i < 40 && (await focused(page)) !== second; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.startsWith('button:Delete relation')) names.push(now);
    }
    expect(names).toEqual([
      'button:Delete relation “Prime Minister” leader-of “Washington”',
      second,
    ]);
    expect((await focusedControl(page)).ring).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(said)
      .toBe(
        'Deleted relation GPE “Washington” leader-of PERSON “US Secretary of State Mike Pompeo”',
      );
    const left = await callApi<{ layer: { relations: { from: string }[] } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    expect(left.layer.relations).toHaveLength(1);
    await expect.poll(() => page.getByTestId('relation').count()).toBe(1);
  });

  it('says the project’s counts as statistics open, and scrolls a wide table inside the dialog', async () => {
    await fromMenu('Project', 'Project Statistics…');
    await stats().waitFor();
    await expect.poll(() => focused(page)).toBe('button:Close');
    const summary = '5 documents · 31,677 characters · 10 annotators';
    await expect.poll(() => page.getByTestId('stats-summary').textContent()).toBe(summary);
    // The dialog is described by the counts, said from a status that was there while counting.
    const described = await stats().evaluate((dialog) => {
      const id = dialog.getAttribute('aria-describedby') ?? '';
      const element = id ? document.getElementById(id) : null;
      return { role: element?.getAttribute('role'), text: element?.textContent };
    });
    expect(described).toEqual({ role: 'status', text: summary });
    // Nothing sideways but the table that needs it: a named region the keyboard scrolls.
    const sideways = () => stats().evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(1);
    const labels = page.getByRole('region', { name: 'Spans per label' });
    expect(await labels.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    const hasIt = () => labels.evaluate((r) => r === document.activeElement);
    for (let i = 0; i < 6 && !(await hasIt()); i++) await page.keyboard.press('Tab');
    expect(await hasIt()).toBe(true);
    expect((await focusedControl(page, '.lp-dialog')).ring).toBe(true);
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => labels.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    expect(await axeFindingsNow(page, '.lp-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => stats().count()).toBe(0);
    expect(await focused(page)).toBe('button:Project');
    // Opened again, its counts already there: the keyboard is on Close again, not on the table.
    await fromMenu('Project', 'Project Statistics…');
    await stats().waitFor();
    await expect.poll(() => page.getByTestId('stats-summary').textContent()).toBe(summary);
    await expect.poll(() => focused(page)).toBe('button:Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => stats().count()).toBe(0);
  });

  it('looks right in both themes at 1024 and 1280 px, statistics and About, and passes axe', async () => {
    const found: string[] = [];
    for (const [name, menu, item] of [
      ['stats-keyboard', 'Project', 'Project Statistics…'],
      ['about-keyboard', 'Help', 'About Loupe'],
    ] as const) {
      const show = async (): Promise<void> => {
        await fromMenu(menu, item);
        await page.getByRole('dialog').waitFor();
        await expect.poll(async () => (await focusedControl(page, '.lp-dialog')).inside).toBe(true);
        const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
        for (const id of await axeFindingsNow(page, '.lp-dialog'))
          found.push(`${theme} ${name}: ${id}`);
      };
      const hide = async (): Promise<void> => {
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
        expect(await focused(page)).toBe(`button:${menu}`);
      };
      await shots(page, name, show, hide);
    }
    expect(found).toEqual([]);
  });
});
