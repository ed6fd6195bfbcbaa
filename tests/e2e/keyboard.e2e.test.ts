import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { callApi } from './support/callApi';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const DOC = '000_90267a0c835213d2';

interface StoredLayer {
  status: string;
  spans: {
    id: string;
    label: string;
    entityId?: string;
    fragments: { start: number; end: number }[];
  }[];
  stances: { holder?: unknown; target?: unknown; polarity: string; evidence: string[] }[];
  documentLabels: Record<string, string>;
}

/** Python's text[start:end] over code points. */
function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** What the element with the keyboard is: its tag, accessible name or role. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return '';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${active.tagName.toLowerCase()}:${name}`;
  });
}

/** The spans the page draws, as label:text in text order: what a person sees. */
function drawnSpans(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const drawn = new Map<string, string>();
    for (const piece of document.querySelectorAll<HTMLElement>('.ProseMirror [data-span-id]')) {
      const id = piece.dataset.spanId ?? '';
      // The label is named by a class (labelClass.ts: other characters as _hex_).
      const named = [...piece.classList].find((c) => c.startsWith('lp-label-')) ?? '';
      const label = named
        .slice('lp-label-'.length)
        .replace(/_([0-9a-f]+)_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
      drawn.set(id, (drawn.get(id) ?? `${label}:`) + (piece.textContent ?? ''));
    }
    return [...drawn.values()];
  });
}

/** True when the element is inside the visible part of the window. */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    return !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  }, selector);
}

// Each step starts from where a person would be (Esc, then the keys), and after each edit waits
// until the page draws its answer, not only until the project has it: a person presses the next
// key after seeing the last one take effect. (A key pressed before the page took in the answer
// acted on the old view: Tab counted one span too few, F6 reached the previous span's details.)
describe('an annotator’s day by keyboard alone (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const dir = join(mkdtempSync(join(tmpdir(), 'loupe-keys-')), 'project');
  const home = mkdtempSync(join(tmpdir(), 'loupe-keys-home-'));
  let text = '';

  async function layer(documentId = DOC): Promise<StoredLayer> {
    const opened = await callApi<{ document: { text: string }; layer: StoredLayer }>(
      project.server,
      'openDocument',
      { documentId },
    );
    text = opened.document.text;
    return opened.layer;
  }

  async function spanTexts(): Promise<string[]> {
    const { spans } = await layer();
    return spans.map(
      (s) => `${s.label}:${slice(text, s.fragments[0]!.start, s.fragments[0]!.end)}`,
    );
  }

  /** Waits until the project holds these spans and the page draws them. */
  async function settled(expected: string[]): Promise<void> {
    await expect.poll(spanTexts).toEqual(expected);
    await expect.poll(() => drawnSpans(page)).toEqual(expected);
  }

  beforeAll(async () => {
    await createProject(dir, { name: 'Keyboard', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester', { width: 1024, height: 600 });
    page = project.page;
    // Answers reach the page 100–300 ms late and out of order, as on a loaded machine: every
    // step must wait for what the page shows, never for the clock.
    await page.route('**/api/**', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      await route.fulfill({ response });
    });
  });

  afterAll(async () => {
    // Answers still held back when the page closes are dropped, not reported as failures.
    await page?.unrouteAll({ behavior: 'ignoreErrors' });
    await project?.close();
  });

  it('Ctrl+F focuses search; letters typed there are text, not commands', async () => {
    await page.keyboard.press('Control+f');
    expect(await focused(page)).toBe('input:Search text');
    await page.keyboard.type('done');
    expect(await page.getByLabel('Search text').inputValue()).toBe('done');
    expect((await layer()).status).toBe('todo');
  });

  it('Esc returns to the reading view, where a keyboard selection works', async () => {
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight'); // " date"

    await page.locator('.lp-labelmenu').waitFor();
    await page.keyboard.press('9'); // MISC
    await settled(['MISC:date']);
  });

  it('searches, jumps to a hit far down (scrolled into view) and tags it', async () => {
    await page.keyboard.press('Control+f');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Pompeo');
    await page.keyboard.press('Enter');
    await page.locator('.lp-kwic__hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toContain('button:');
    await page.keyboard.press('Enter');
    await expect.poll(() => inViewport(page, '.lp-pending')).toBe(true);
    expect(await page.locator('.lp-main').evaluate((main) => main.scrollTop)).toBeGreaterThan(0);
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('1'); // PERSON
    await settled(['MISC:date', 'PERSON:Pompeo']);
  });

  it('Tab from a header control moves on through the page', async () => {
    await page.keyboard.press('F6'); // the next part of the window: details
    await page.keyboard.press('F6'); // the header
    const first = await focused(page);
    const seen = new Set<string>([first]);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focused(page));
    }
    expect(seen.size).toBeGreaterThan(8);
  });

  it('moves span to span with Tab and Shift+Tab, relabels and deletes by key', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('covered-text').textContent()).toBe('date');
    // Announced with its label; the legend counts the labels of this document.
    expect(await page.getByTestId('span-announcement').textContent()).toBe(
      'MISC: date, span 1 of 2',
    );
    await page.getByRole('listitem', { name: 'PERSON: key 1, 1 span' }).waitFor();
    await page.getByRole('listitem', { name: 'ORG: key 2, 0 spans' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('covered-text').textContent()).toBe('Pompeo');
    await page.keyboard.press('Shift+Tab');
    expect(await page.getByTestId('covered-text').textContent()).toBe('date');
    await page.keyboard.press('2'); // ORG
    await settled(['ORG:date', 'PERSON:Pompeo']);
    await page.keyboard.press('Delete');
    await settled(['PERSON:Pompeo']);
    await page.getByRole('listitem', { name: 'ORG: key 2, 0 spans' }).waitFor();
    expect(await focused(page)).toBe('div:Document text');
  });

  it('links a span to a new entity by keyboard', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('covered-text').textContent()).toBe('Pompeo');
    await page.keyboard.press('e');
    expect(await focused(page)).toBe('input:Search entities');
    await page.getByText('New entity “Pompeo”').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await layer()).spans[0]?.entityId).toBeTruthy();
    await expect.poll(() => page.getByTestId('linked-entity').textContent()).toBe('Pompeo');
    const entities = await callApi<{ id: string; name: string }[]>(project.server, 'listEntities');
    expect(entities.map((e) => e.name)).toEqual(['Pompeo']);
    expect(await focused(page)).toBe('div:Document text');
  });

  it('adds a fragment to a span by keys: F, the arrows, Shift to select; Esc cancels', async () => {
    const said = () => page.getByTestId('span-announcement').textContent();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId('covered-text').textContent()).toBe('Pompeo');
    await page.keyboard.press('f');
    await page.getByTestId('adding-fragment').waitFor();
    await expect.poll(said).toMatch(/^Adding a fragment to PERSON “Pompeo”: move to the text/);
    // The details' buttons give their key as a shortcut, not as a word of their name.
    const details = page.getByRole('complementary', { name: 'Inspector' });
    for (const [name, key] of [
      ['Add fragment', 'F'],
      ['New stance', 'S'],
      ['Relate…', 'R'],
    ])
      expect(
        await details.getByRole('button', { name, exact: true }).getAttribute('aria-keyshortcuts'),
      ).toBe(key);
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('Escape'); // cancels: the span stays selected, nothing added
    await page.getByTestId('adding-fragment').waitFor({ state: 'hidden' });
    expect(await page.getByTestId('covered-text').textContent()).toBe('Pompeo');
    // Said, as the start was: the selection did not move, so nothing else would be heard.
    await expect.poll(said).toBe('Stopped adding a fragment to PERSON “Pompeo”: nothing was added');
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('f');
    await page.getByTestId('adding-fragment').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+ArrowRight');
    const chosen = (await page.evaluate(() => getSelection()?.toString() ?? '')).trim();
    expect(chosen).not.toBe('');
    // Still growing while Shift is held: no label menu, no new span, still adding.
    expect(await page.getByRole('dialog', { name: 'Label the selection' }).count()).toBe(0);
    await page.keyboard.up('Shift');
    await expect
      .poll(async () => (await layer()).spans.find((s) => s.entityId)?.fragments.length)
      .toBe(2);
    const [, added] = (await layer()).spans.find((s) => s.entityId)?.fragments ?? [];
    expect(slice(text, added!.start, added!.end)).toBe(chosen);
    await expect.poll(said).toBe(`Added “${chosen}” to PERSON “Pompeo”`);
    await expect
      .poll(() => page.getByTestId('covered-text').textContent())
      .toBe(`Pompeo … ${chosen}`);
    expect(await page.getByTestId('adding-fragment').count()).toBe(0);
    // Undone, it is one piece again.
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await layer()).spans.find((s) => s.entityId)?.fragments.length)
      .toBe(1);
  });

  it('records a stance: nothing pre-chosen, Enter asks for each missing field, then saves', async () => {
    await page.keyboard.press('s');
    const form = page.getByRole('form', { name: 'New stance' });
    await form.waitFor();
    expect(await form.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await focused(page)).toContain('select');
    await page.keyboard.press('Enter'); // nothing chosen: the keyboard stays on the holder
    expect(await page.getByRole('status').last().textContent()).toContain('who holds');
    await page.keyboard.press('ArrowDown'); // No named holder
    await page.keyboard.press('Enter'); // the target is missing: the keyboard goes there
    expect(
      await page.evaluate(() => document.activeElement?.closest('label')?.textContent),
    ).toContain('Target');
    await page.keyboard.press('ArrowDown'); // the first topic
    await page.keyboard.press('Enter'); // the polarity is missing
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('radio');
    await page.keyboard.press('ArrowRight'); // from FAVOR, where the keyboard is, to AGAINST
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await layer()).stances.length).toBe(1);
    await page.getByRole('heading', { name: 'Stances 1' }).waitFor();
    const [stance] = (await layer()).stances;
    expect(stance?.polarity).toBe('AGAINST');
    expect(stance?.holder).toBeUndefined();
    expect(stance?.target).toMatchObject({ kind: 'topic' });
    expect(await focused(page)).toBe('div:Document text');
  });

  it('jumps from the stance map to the evidence, scrolled into view', async () => {
    await page.keyboard.press('Control+Home');
    await expect.poll(() => inViewport(page, '.lp-span')).toBe(false);
    await page.keyboard.press('Control+Shift+p');
    await page.keyboard.type('stance map');
    await page.keyboard.press('Enter');
    const cell = page.locator('.lp-cell').first();
    await cell.waitFor();
    while (!(await cell.evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const evidence = page.locator('.lp-drill button').first();
    await evidence.waitFor();
    while (!(await evidence.evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => inViewport(page, '.lp-span--selected')).toBe(true);
    expect(await focused(page)).toBe('div:Document text');
  });

  it('sets a document label from the details beside the text (F6)', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F6');
    expect(await focused(page)).toContain('select');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => Object.keys((await layer()).documentLabels).length).toBe(1);
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('Tab'); // the caret is at the start of "Pompeo"
    // As a person would: the next key once the page shows the span chosen and its caret moved
    // (the caret follows a selection in a task after the frame that shows it).
    await expect.poll(() => page.getByTestId('covered-text').textContent()).toBe('Pompeo');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    );
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('9');
    await settled(['MISC:Mike', 'PERSON:Pompeo']);
    await page.keyboard.press('Control+z');
    await settled(['PERSON:Pompeo']);
    await page.keyboard.press('Control+Shift+z');
    await settled(['MISC:Mike', 'PERSON:Pompeo']);
  });

  it('marks the document done with D and opens the next one', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await expect.poll(async () => (await layer()).status).toBe('done');
    await expect.poll(() => page.locator('.lp-toolbar').textContent()).toContain('001_');
  });
});
