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

/** True when the element is inside the visible part of the window. */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    return !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  }, selector);
}

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

  beforeAll(async () => {
    await createProject(dir, { name: 'Keyboard', seedsDir: seeds });
    project = await openProjectPage(dir, home, 'tester');
    page = project.page;
  });

  afterAll(async () => {
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
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await page.locator('.lp-labelmenu').waitFor();
    await page.keyboard.press('9'); // MISC
    await expect.poll(spanTexts).toEqual(['MISC:date']);
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
    expect(await focused(page)).toBe('div:Document text');
    await page.keyboard.press('1'); // PERSON
    await expect.poll(spanTexts).toContain('PERSON:Pompeo');
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
});
