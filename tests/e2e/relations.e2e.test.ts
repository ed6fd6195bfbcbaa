import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';

interface StoredRelation {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** What the element with the keyboard is: its tag and accessible name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return '';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${active.tagName.toLowerCase()}:${name}`;
  });
}

/**
 * Whether the drawn arc touches the top middle of one span's first box (±2 px) and its arrow
 * ends at the other's.
 */
function arcEndsOnSpans(page: Page, from: string, to: string): Promise<boolean> {
  return page.evaluate(
    ([fromId, toId]) => {
      const svg = document.querySelector('.lp-arcs') as SVGSVGElement;
      const origin = svg.getBoundingClientRect();
      const near = (point: DOMPoint, id: string): boolean => {
        const box = document.querySelector(`[data-span-id="${id}"]`)!.getClientRects()[0]!;
        const x = origin.left + point.x;
        const y = origin.top + point.y;
        return Math.abs(x - (box.left + box.right) / 2) <= 2 && Math.abs(y - box.top) <= 2;
      };
      const paths = [...svg.querySelectorAll<SVGPathElement>('.lp-arc path')];
      const ends = paths.flatMap((p) => [
        p.getPointAtLength(0),
        p.getPointAtLength(p.getTotalLength()),
      ]);
      const arrowed = paths.filter((p) => p.getAttribute('marker-end'));
      return (
        ends.some((point) => near(point, fromId)) &&
        arrowed.length === 1 &&
        near(arrowed[0]!.getPointAtLength(arrowed[0]!.getTotalLength()), toId)
      );
    },
    [from, to] as const,
  );
}

describe('relations by keyboard alone (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-relations-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-relations-home-'));
  const ids: Record<string, string> = {};

  async function relations(): Promise<StoredRelation[]> {
    const opened = await callApi<{ layer: { relations: StoredRelation[] } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    return opened.layer.relations;
  }

  /** The selected span's text, as the inspector shows it once it has drawn the selection. */
  function covered(): Promise<string | null> {
    return page.getByTestId('covered-text').textContent({ timeout: 5000 });
  }

  beforeAll(async () => {
    await createProject(dir, { name: 'Relations', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester', { width: 1440, height: 900 });
    page = project.page;
    const { document } = await callApi<{ document: { text: string } }>(
      project.server,
      'openDocument',
      { documentId: DOC },
    );
    const points = Array.from(document.text);
    const at = (needle: string): number =>
      Array.from(document.text.slice(0, document.text.indexOf(needle))).length;
    for (const [needle, label] of [
      ['U.S. Department of State', 'ORG'],
      ['Pompeo', 'PERSON'],
    ] as const) {
      const start = at(needle);
      expect(points.slice(start, start + needle.length).join('')).toBe(needle);
      const result = await callApi<{ changes: { upserted: { id: string }[] }[] }>(
        project.server,
        'addSpan',
        { documentId: DOC, label, fragments: [{ start, end: start + needle.length }] },
      );
      ids[needle] = result.changes[0]!.upserted[0]!.id;
    }
    await page.reload();
    await page.locator('.lp-span').nth(1).waitFor();
  });

  afterAll(async () => {
    await project?.close();
  });

  it('r starts a relation, Tab moves to the other span, Enter and the arrows choose the type, Enter saves', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect.poll(covered).toBe('U.S. Department of State');
    await page.keyboard.press('Tab');
    await expect.poll(covered).toBe('Pompeo');
    await page.keyboard.press('r');
    const panel = page.getByRole('complementary', { name: 'New relation' });
    await panel.waitFor();
    expect(await panel.getByTestId('relate-from').textContent()).toContain('Pompeo');
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => panel.getByTestId('relate-status').textContent())
      .toContain('U.S. Department of State');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('ul:Relation type');
    await page.keyboard.press('ArrowDown'); // speaker-of → member-of
    await expect
      .poll(() =>
        panel
          .getByRole('listbox', { name: 'Relation type' })
          .getByRole('option', { selected: true })
          .textContent(),
      )
      .toBe('member-of');
    await page.screenshot({ path: screenshotPath('relate-1440-light.png') });
    await page.keyboard.press('Enter');
    await expect.poll(relations).toEqual([
      {
        id: expect.any(String),
        type: 'member-of',
        from: ids.Pompeo,
        to: ids['U.S. Department of State'],
      },
    ]);
    // The span it started from is selected again and lists its relation.
    await expect.poll(covered).toBe('Pompeo');
    await page.getByTestId('relation').first().waitFor();
    expect(await page.getByTestId('relation').first().textContent()).toContain('member-of');
    expect(await focused(page)).toBe('div:Document text');
    // Drawn as an arc from Pompeo to the Department (lines apart: a part on each line, each
    // labelled), marked as touching the selection.
    const arc = page.locator('.lp-arc');
    await expect.poll(() => arc.count()).toBe(1);
    expect(await arc.getAttribute('data-arc-from')).toBe(ids.Pompeo);
    expect(await arc.getAttribute('data-arc-to')).toBe(ids['U.S. Department of State']);
    expect(await arc.locator('text').allTextContents()).toEqual(['member-of', 'member-of']);
    expect(await arc.getAttribute('class')).toContain('lp-arc--selected');
    expect(await arcEndsOnSpans(page, ids.Pompeo!, ids['U.S. Department of State']!)).toBe(true);
    await page.screenshot({ path: screenshotPath('relation-listed-1440-light.png') });
  });

  it('Esc cancels a relation being made: nothing saved, the first span selected again', async () => {
    await page.keyboard.press('r');
    const panel = page.getByRole('complementary', { name: 'New relation' });
    await panel.waitFor();
    // A second relation starts in the text as the first did: Tab moves its other end.
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() => panel.getByTestId('relate-status').textContent())
      .toContain('U.S. Department of State');
    await page.keyboard.press('Escape');
    await page.getByRole('complementary', { name: 'New relation' }).waitFor({ state: 'detached' });
    await expect.poll(covered).toBe('Pompeo');
    expect(await relations()).toHaveLength(1);
    expect(await focused(page)).toBe('div:Document text');
  });

  it('deletes a relation from the details by keyboard (F6, Tab, Enter)', async () => {
    await page.keyboard.press('F6');
    const remove = page.getByRole('button', {
      name: 'Delete relation “Pompeo” member-of “U.S. Department of State”',
    });
    for (let i = 0; i < 30 && !(await remove.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(
      'button:Delete relation “Pompeo” member-of “U.S. Department of State”',
    );
    await page.keyboard.press('Enter');
    await expect.poll(relations).toEqual([]);
    // What went is said: its Delete button, which a screen reader was on, went with it.
    await expect
      .poll(() => page.getByTestId('span-announcement').textContent())
      .toMatch(/^Deleted relation \S+ “Pompeo” member-of \S+ “U\.S\. Department of State”$/);
    expect(await focused(page)).toBe('div:Document text');
    // The document panel, kept mounted but hidden while a span is inspected, catches up when idle.
    await expect.poll(() => page.locator('[data-testid="relation"]:visible').count()).toBe(0);
    await expect.poll(() => page.locator('.lp-arc').count()).toBe(0);
  });
  it('adds a relation type in the schema dialog and offers it for the next relation', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Schema' }).click();
    const types = page.getByLabel('Relation types (one per line)');
    expect(await types.inputValue()).toBe('speaker-of\nmember-of\nleader-of\nlocated-in\npart-of');
    await types.fill('speaker-of\nmember-of\nfunded-by\nmember-of');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: screenshotPath('schema-relation-types-1440-light.png') });
    await page.getByRole('button', { name: 'Save schema' }).click();
    const saved = async (): Promise<string[]> =>
      (await callApi<{ schema: { relationTypes: string[] } }>(project.server, 'getProject')).schema
        .relationTypes;
    await expect.poll(saved).toEqual(['speaker-of', 'member-of', 'funded-by']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // The closed dialog gives the keyboard back to the button that opened it; only then does
    // the reading view take it, or that hand-back, a frame later, takes it away again.
    await expect.poll(() => focused(page)).toBe('button:Schema');
    await page.locator('.ProseMirror').focus();
    await expect.poll(() => focused(page)).toBe('div:Document text');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect.poll(covered).toBe('U.S. Department of State');
    await page.keyboard.press('r');
    const panel = page.getByRole('complementary', { name: 'New relation' });
    await panel.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const options = panel.getByRole('listbox', { name: 'Relation type' }).getByRole('option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['speaker-of', 'member-of', 'funded-by']);
    await page.keyboard.press('Escape');
  });
});
