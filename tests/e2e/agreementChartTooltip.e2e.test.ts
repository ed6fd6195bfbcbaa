import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { writeReviewTeam } from '../helpers/annotatorLayer';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';
import { axeFindingsNow, useTheme } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';

/** WCAG's contrast ratio of two `rgb(…)` colours as getComputedStyle gives them. */
function contrast(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

// The agreement view's charts are read by their arrow keys through a tooltip that is a live
// region. It was recharts' white box: in the dark theme its label kept the page's light ink
// (white on white), and an orange series' figures on white were too faint in either theme.
describe('the agreement charts’ figures, read by arrow keys, in both themes (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-chart-tooltip-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Chart tooltips', seedsDir: seeds });
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    const t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    await writeReviewTeam(store, [D0, D1], [t0, t1], { sam: true });
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('each chart’s tooltip is readable (its texts against its box, and axe) in light and dark', async () => {
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('agreement');
    await page.keyboard.press('Enter');
    const charts = page.locator('.lp-fullview svg[role="application"]');
    await expect.poll(() => charts.count()).toBe(2);
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      for (const [i, name] of ['agreement', 'distribution'].entries()) {
        await charts.nth(i).focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        const tip = page.locator('.lp-fullview [role="status"].recharts-default-tooltip').nth(i);
        await expect.poll(() => tip.textContent()).toMatch(/\S/);
        await charts.nth(i).evaluate((chart) => chart.scrollIntoView({ block: 'center' }));
        // Each text of the tooltip (the label, every series' figure) against the box.
        const pairs = await tip.evaluate((box) => {
          const ground = getComputedStyle(box).backgroundColor;
          return [...box.querySelectorAll('p, li')].map((t) => [
            t.textContent ?? '',
            getComputedStyle(t).color,
            ground,
          ]);
        });
        for (const [text, ink, ground] of pairs)
          if (contrast(ink ?? '', ground ?? '') < 4.5) found.push(`${theme} ${name}: “${text}”`);
        // The legend's series names against their panel.
        const legend = await charts.nth(i).evaluate((chart) => {
          const panel = chart.closest('.lp-agree-panel');
          const ground = panel ? getComputedStyle(panel).backgroundColor : '';
          // The colour the words are painted in: that of the innermost element holding them.
          const ink = (text: Element): string =>
            getComputedStyle(text.firstElementChild ?? text).color;
          return [...(panel?.querySelectorAll('.recharts-legend-item-text') ?? [])].map((t) => [
            t.textContent ?? '',
            ink(t),
            ground,
          ]);
        });
        expect(legend.length).toBeGreaterThan(0);
        for (const [text, ink, ground] of legend)
          if (contrast(ink ?? '', ground ?? '') < 4.5) found.push(`${theme} legend: “${text}”`);
        await page.waitForTimeout(500); // the tooltip slides to its place
        await page.screenshot({
          path: screenshotPath(`agreement-chart-${name}-1024-${theme}.png`),
        });
        for (const id of await axeFindingsNow(page, '.lp-fullview .lp-agree-panel'))
          found.push(`${theme} ${name}: ${id}`);
      }
    }
    await useTheme(page, 'light');
    expect(found).toEqual([]);
  });
});
