import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { selectText } from './support/selectText';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { layerFilesNow } from '../helpers/layerFilesNow';

const shots = join(import.meta.dirname, '..', '..', 'test-results');
const TEXT =
  'بغداد (رويترز) 😀 – قال رئيس الوزراء العراقي عادل عبد المهدي إن على القوات الأمريكية مغادرة العراق.\r\n' +
  'Prime Minister Adel Abdul-Mahdi told Mike Pompeo 👩‍👩‍👧 that the strikes violated Iraqi sovereignty.\r\n';

function slice(text: string, f: { start: number; end: number }): string {
  return Array.from(text).slice(f.start, f.end).join('');
}

describe('right-to-left text and overlapping spans in Chromium', () => {
  let page: Page;
  let opened: ProjectPage | undefined;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-rtl-'));
  const dir = join(root, 'project');

  const stored = (): { label: string; fragments: { start: number; end: number }[] }[] =>
    layerFilesNow(dir, 'tester', 'mixed').spans;

  beforeAll(async () => {
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'mixed.txt'), TEXT);
    await createProject(dir, { name: 'RTL', seedsDir: join(root, 'src') });
    opened = await openProjectPage(dir, join(root, 'home'), 'tester', { width: 1400, height: 700 });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('shows an Arabic line right-to-left and labels a selected Arabic name exactly', async () => {
    const direction = await page
      .locator('.ProseMirror p')
      .first()
      .evaluate((p) => getComputedStyle(p).direction === 'rtl' || p.matches(':dir(rtl)'));
    expect(direction).toBe(true);
    await selectText(page, 'عادل عبد المهدي');
    await page.keyboard.press('1');
    await expect.poll(() => stored().length).toBe(1);
    expect(slice(TEXT, stored()[0]!.fragments[0]!)).toBe('عادل عبد المهدي');
    await selectText(page, 'بغداد');
    await page.keyboard.press('3');
    await expect.poll(() => stored().length).toBe(2);
    expect(stored().map((s) => slice(TEXT, s.fragments[0]!))).toEqual(['بغداد', 'عادل عبد المهدي']);
  });

  it('snaps a partial selection to whole words after emoji and CRLF', async () => {
    await selectText(page, 'ike Pomp');
    await page.keyboard.press('1');
    await expect.poll(() => stored().length).toBe(3);
    expect(stored().map((s) => slice(TEXT, s.fragments[0]!))).toContain('Mike Pompeo');
  });

  it('draws nested and overlapping spans as separate stacked underlines', async () => {
    await selectText(page, 'Prime Minister Adel Abdul-Mahdi');
    await page.keyboard.press('9');
    await selectText(page, 'Adel Abdul-Mahdi');
    await page.keyboard.press('1');
    await selectText(page, 'Abdul-Mahdi told Mike');
    await page.keyboard.press('8');
    await expect.poll(() => stored().length).toBe(6);
    const levels = () =>
      page
        .locator('.lp-span')
        .evaluateAll((els) =>
          [
            ...new Set(els.map((el) => getComputedStyle(el).getPropertyValue('--lp-level').trim())),
          ].sort(),
        );
    await expect.poll(levels).toEqual(['0', '1', '2']);
    // "Abdul-Mahdi" lies inside three spans: three nested elements, three underlines.
    expect(
      await page.locator('.lp-span .lp-span .lp-span', { hasText: /^Abdul-Mahdi$/ }).count(),
    ).toBe(1);
    await page.locator('.lp-span .lp-span .lp-span', { hasText: /^Abdul-Mahdi$/ }).click();
    await page.screenshot({ path: join(shots, 'rtl-overlap.png') });
    expect((await page.locator('.lp-alsohere button').allTextContents()).sort()).toEqual([
      'MISC',
      'QUOTE',
    ]);
  });
});
