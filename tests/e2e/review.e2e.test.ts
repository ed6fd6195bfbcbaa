import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import type { Layer } from '../../src/shared/model';
import { writeReviewTeam } from '../helpers/annotatorLayer';
import { runCli } from '../helpers/runCli';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';
import { layerFilesNow } from '../helpers/layerFilesNow';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';

describe('agreement and review in Chromium', () => {
  let page: Page;
  let opened: ProjectPage | undefined;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-review-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');
  let t1 = '';

  const gold = (): Layer => layerFilesNow(dir, 'gold', D1);
  const goldSpans = () =>
    gold()
      .spans.map(
        (s) => `${s.label} ${[...t1].slice(s.fragments[0]!.start, s.fragments[0]!.end).join('')}`,
      )
      .sort();
  const decide = async (cls: string, key: string) => {
    await page.locator(`.lp-review-item[data-class="${cls}"] .lp-review-item__head`).click();
    await expect
      .poll(() => page.locator(`.lp-review-item[data-class="${cls}"]`).getAttribute('class'))
      .toMatch(/is-selected/);
    await page.keyboard.press(key);
  };
  const goldOf = (cls: string) =>
    page.locator(`.lp-review-item[data-class="${cls}"]`).getAttribute('data-gold');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Review', seedsDir: seeds });
    t1 = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    const t0 = readFileSync(join(dir, 'documents', `${D0}.txt`), 'utf8');
    // Teammates' layers, as a copied folder or an import would bring them.
    await writeReviewTeam(store, [D0, D1], [t0, t1]);
    opened = await openProjectPage(dir, home, 'lena');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('shows agreement figures, per-label bars, the confusion heatmap and documents worst first', async () => {
    await page.getByRole('button', { name: 'Agreement' }).click();
    await page.locator('.lp-agree-cards').waitFor();
    await expect.poll(() => page.getByLabel('Annotator A').inputValue()).toBe('amira');
    await expect.poll(() => page.getByLabel('Annotator B').inputValue()).toBe('omar');
    // Exact match: tp 3 (Iraq, quote, Pompeo in D0), fp 3 (ORG, "The United States", NORP), fn 3 (PERSON, "United States", DATE): F1 = 6/12.
    await expect
      .poll(() => page.getByTestId('card-Span F1').locator('.lp-agree-card__value').textContent())
      .toBe('0.500');
    expect(
      await page
        .locator('.lp-bars tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-label'))),
    ).toEqual(['DATE', 'GPE', 'NORP', 'ORG', 'PERSON', 'QUOTE']);
    expect(
      await page.locator('.lp-heatmap td[title="amira PERSON · omar ORG: 1"]').textContent(),
    ).toBe('1');
    const order = await page
      .locator('.lp-doctable tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document-id')));
    expect(order.slice(0, 2)).toEqual([D1, D0]);
    await page.getByLabel('Match mode').selectOption('overlap');
    // Overlap pairs "United States" with "The United States": tp 4, fp 2, fn 2 → F1 = 8/12.
    await expect
      .poll(() => page.getByTestId('card-Span F1').locator('.lp-agree-card__value').textContent())
      .toBe('0.667');
    await page.screenshot({ path: screenshotPath('agreement.png') });
  });

  it('reviews the worst document, adjudicates with keys and undo, and writes the gold layer', async () => {
    await page.locator(`.lp-doctable tr[data-document-id="${D1}"]`).click();
    await page.locator('.lp-review-item').first().waitFor();
    const classes = await page
      .locator('.lp-review-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-class')));
    expect([...classes].sort()).toEqual([
      'a_only',
      'agreed',
      'agreed',
      'agreed',
      'b_only',
      'boundary_conflict',
      'label_conflict',
    ]);
    expect(await page.locator('.lp-review-text .lp-span').count()).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: screenshotPath('review.png') });

    await page.keyboard.press('Shift+A');
    await expect
      .poll(() => page.locator('.lp-review-item[data-class="agreed"][data-gold="both"]').count())
      .toBe(3);
    expect(goldSpans()).toEqual(['GPE Iraq', 'QUOTE a conversation']);
    expect(gold().stances).toMatchObject([
      { polarity: 'AGAINST', target: { kind: 'topic', topicId: 'troop-withdrawal' } },
    ]);

    await decide('label_conflict', 'b');
    await expect.poll(() => goldOf('label_conflict')).toBe('b');
    await decide('boundary_conflict', 'a');
    await expect.poll(() => goldOf('boundary_conflict')).toBe('a');
    await decide('a_only', 'x');
    await expect
      .poll(() => page.locator('.lp-review-item[data-class="a_only"]').getAttribute('data-state'))
      .toBe('rejected');
    await decide('b_only', 'c');
    await expect.poll(() => goldOf('b_only')).toBe('b');
    await page.keyboard.press('Control+z');
    await expect.poll(() => goldOf('b_only')).toBe('open');
    expect(goldSpans()).not.toContain('NORP Iranian');
    await decide('b_only', 'b');
    await expect.poll(() => goldOf('b_only')).toBe('b');
    expect(goldSpans()).toEqual([
      'GPE Iraq',
      'GPE United States',
      'NORP Iranian',
      'ORG Mike Pompeo',
      'QUOTE a conversation',
    ]);
    await expect
      .poll(() => page.getByTestId('review-progress').textContent())
      .toMatch(/^0 open of 7/);
    await page
      .locator('.lp-review-item[data-class="label_conflict"] .lp-review-item__head')
      .click();
    await page.screenshot({ path: screenshotPath('review-decided.png') });

    const out = join(root, 'gold.jsonl');
    const exported = runCli(
      ['export', dir, '--format', 'spans-jsonl', '--out', out, '--gold'],
      home,
    );
    expect(exported.stderr).not.toMatch(/internal error/);
    expect(exported.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            text: string;
            spans: { start: number; end: number; label: string }[];
          },
      );
    const row = lines.find((l) => l.text === t1);
    expect(
      row?.spans.map((s) => `${s.label} ${[...t1].slice(s.start, s.end).join('')}`).sort(),
    ).toEqual(goldSpans());
  });

  it('goes back with Esc, and the document list shows every annotator, gold included', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.lp-agree-cards').waitFor();
    const goldCell = page.locator(`.lp-doctable tr[data-document-id="${D1}"] td`).last();
    await expect.poll(() => goldCell.textContent()).toMatch(/in progress\s*5\/1/);
    await page.keyboard.press('Escape');
    await page.locator('.lp-agree').waitFor({ state: 'detached' });
    const summary = page.locator(`[data-document-id="${D1}"] [data-testid="layer-summary"]`);
    await expect.poll(() => summary.textContent()).toBe('amira 5 ✓ · gold 5 · omar 5 ✓');
    await page.screenshot({
      path: screenshotPath('document-layers.png'),
    });
  });
});
