import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { spanOver, topicStance, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { layerFilesNow } from '../helpers/layerFilesNow';
import { focused } from './support/keyboardWalk';
import { openAgreementView } from './support/openAgreementView';
import { shots } from './support/themes';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D1 = '001_8f0f90acb7aa8cc5';
const QUOTE = '“a force for good,”';

describe('adjudicating stances among three annotators in Chromium, by keyboard', () => {
  let page: Page;
  let opened: ProjectPage | undefined;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-panel-stances-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');

  const goldStances = () =>
    layerFilesNow(dir, 'gold', D1)
      .stances.map((s) => s.polarity)
      .sort();
  const selected = () => page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Panel stances', seedsDir: seeds });
    const text = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    for (const [annotator, polarity] of [
      ['alice', 'AGAINST'],
      ['bob', 'AGAINST'],
      ['carol', 'FAVOR'],
    ] as const) {
      const quote = spanOver(text, QUOTE, 'QUOTE', `${annotator}-q`);
      await writeAnnotatorLayer(
        store,
        D1,
        annotator,
        [quote],
        [topicStance(`${annotator}-s`, polarity, [quote])],
      );
    }
    opened = await openProjectPage(dir, home, 'lena');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('lists each stance with who recorded it, accepts the majority and the minority by key, and undoes', async () => {
    const picker = await openAgreementView(page);
    await picker.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const cards = page.getByTestId('panel-stance');
    await cards.first().waitFor();
    expect(await cards.locator('.lp-review-kind').allTextContents()).toEqual([
      'stance · 2 of 3: alice, bob',
      'stance · 1 of 3: carol',
    ]);
    expect(await cards.first().locator('.lp-review-version').first().textContent()).toContain(
      'AGAINST US troop presence in Iraq',
    );
    // Shift+A takes the majority: the quote (3 of 3) and the AGAINST stance citing it.
    await page.keyboard.press('Shift+A');
    await expect.poll(goldStances).toEqual(['AGAINST']);
    expect(layerFilesNow(dir, 'gold', D1).spans.map((s) => s.label)).toEqual(['QUOTE']);
    const favor = await cards.nth(1).getAttribute('data-item-id');
    for (let i = 0; i < 6 && (await selected()) !== favor; i++) await page.keyboard.press('j');
    expect(await selected()).toBe(favor);
    await page.keyboard.press('a');
    await expect.poll(goldStances).toEqual(['AGAINST', 'FAVOR']);
    await expect
      .poll(() => page.getByTestId('panel-progress').textContent())
      .toMatch(/^0 open of 3 · gold 1 span, 2 stances/);
    await page.screenshot({ path: screenshotPath('panel-stances.png') });
    await page.keyboard.press('Control+Z');
    await expect.poll(goldStances).toEqual(['AGAINST']);
  });

  it('the stance map says whose stances it shows, and shows a teammate’s when chosen', async () => {
    await page.keyboard.press('Escape'); // back to agreement
    await page.locator('.lp-agree-cards').waitFor();
    await page.keyboard.press('Escape'); // back to annotating
    await expect.poll(() => page.locator('.lp-fullview').count()).toBe(0);
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('stance map');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Stance map' });
    // Whose stances the map shows (the first status; the second says a cell drilled into).
    const said = () => dialog.getByRole('status').first().textContent();
    // lena has recorded none: the map says so by name, not "none recorded" as if nobody had.
    await expect
      .poll(said)
      .toBe('lena (you) has recorded no stances yet. Choose another annotator to see theirs.');
    await expect.poll(() => focused(page)).toBe('select:Whose stances');
    await page.keyboard.press('ArrowDown');
    await expect.poll(said).toBe('Stances recorded by alice: 1 stance in 1 document.');
    await expect.poll(() => dialog.locator('.lp-cell').allTextContents()).toEqual(['AGAINST 1']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await shots(
      page,
      'stance-map-teammate',
      async () => {
        await page.keyboard.press('Control+Shift+P');
        await page.keyboard.type('stance map');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe('select:Whose stances');
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => dialog.locator('.lp-cell').count()).toBe(1);
      },
      async () => {
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      },
    );
  });
});
