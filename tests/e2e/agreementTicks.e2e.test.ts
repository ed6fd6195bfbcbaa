import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { span } from '../helpers/span';
import { openAgreementView } from './support/openAgreementView';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindings, shots } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D1 = '001_8f0f90acb7aa8cc5';
const LABELS = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'DATE', 'QUOTE', 'MISC'];

/** One span of each label, ten code points apart; `shift` moves every other one (disagreement). */
function spansOfEveryLabel(shift: number) {
  return LABELS.map((label, i) => span(i * 12 + (i % 2) * shift, i * 12 + 6, label, `s${i}`));
}

/**
 * A chart's x-axis tick labels, their tooltips, and whether any two overlap: each label's box
 * is taken into the other's own (slanted) frame, where both are upright rectangles.
 */
async function ticksOf(page: Page, panel: string) {
  return page.evaluate((name) => {
    const chart = document.querySelector(`[aria-label="${name}"]`);
    // Every text of the chart under its x axis: the label ticks (recharts draws them apart from the axis line).
    const axis = chart?.querySelector('.recharts-xAxis line')?.getBoundingClientRect();
    const texts = [...(chart?.querySelectorAll<SVGTextElement>('svg text') ?? [])].filter(
      (t) => axis && t.getBoundingClientRect().top >= axis.bottom - 1,
    );
    const overlaps = (a: SVGTextElement, b: SVGTextElement): boolean => {
      const into = a.getCTM()!.inverse().multiply(b.getCTM()!);
      const box = b.getBBox();
      const corners = [
        [box.x, box.y],
        [box.x + box.width, box.y + box.height],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(into));
      const [left, right] = [
        Math.min(corners[0]!.x, corners[1]!.x),
        Math.max(corners[0]!.x, corners[1]!.x),
      ];
      const [top, bottom] = [
        Math.min(corners[0]!.y, corners[1]!.y),
        Math.max(corners[0]!.y, corners[1]!.y),
      ];
      const own = a.getBBox();
      return (
        left < own.x + own.width && own.x < right && top < own.y + own.height && own.y < bottom
      );
    };
    return {
      texts: texts.map((t) => t.textContent ?? ''),
      titles: texts.map((t) => t.parentElement?.querySelector('title')?.textContent ?? ''),
      overlap: texts.some((a, i) => texts.some((b, j) => j > i && overlaps(a, b))),
    };
  }, panel);
}

// The team charts' label axis at 1024 px: every label has its tick, none overlaps another,
// and a shortened one keeps its full name.
describe('agreement charts keep their axis readable at 1024 px (Chromium)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-ticks-'));
  const dir = join(root, 'project');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Ticks', seedsDir: seeds });
    for (const [annotator, shift] of [
      ['amira', 0],
      ['omar', 1],
      ['lena', 2],
    ] as const)
      await writeAnnotatorLayer(store, D1, annotator, spansOfEveryLabel(shift));
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
  });

  afterAll(async () => {
    await project?.close();
  });

  it('shows a tick for every label, none overlapping, with the full name kept', async () => {
    await openAgreementView(page);
    const panel = page.getByLabel('Label distribution');
    await panel.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await ticksOf(page, 'Label distribution')).texts.length)
      .toBe(LABELS.length);
    for (const name of ['Label distribution', 'Agreement per label, all annotators']) {
      const ticks = await ticksOf(page, name);
      expect(ticks.overlap).toBe(false);
      expect(ticks.titles).toEqual([...LABELS].sort());
    }
    expect(await axeFindings(page, '.lp-fullview')).toEqual([]);
    await shots(page, 'agreement-ticks', async () => panel.scrollIntoViewIfNeeded());
  });
});
