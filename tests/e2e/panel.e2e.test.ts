import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { spanOver, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { layerFilesNow } from '../helpers/layerFilesNow';
import { focusedControl } from './support/focusedControl';
import { openAgreementView } from './support/openAgreementView';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { screenshotPath } from './support/screenshotPath';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D1 = '001_8f0f90acb7aa8cc5';

describe('adjudicating among three annotators in Chromium, by keyboard', () => {
  let page: Page;
  let opened: ProjectPage | undefined;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-panel-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');
  let text = '';

  const goldSpans = () =>
    layerFilesNow(dir, 'gold', D1)
      .spans.map(
        (s) => `${s.label} ${[...text].slice(s.fragments[0]!.start, s.fragments[0]!.end).join('')}`,
      )
      .sort();
  const selected = () => page.locator('.lp-review-item.is-selected').getAttribute('data-item-id');
  const focused = async () => (await focusedControl(page)).name;

  const walkTo = async (id: string) => {
    for (const key of ['j', 'k'])
      for (let i = 0; i < 6 && (await selected()) !== id; i++) await page.keyboard.press(key);
    expect(await selected()).toBe(id);
  };

  beforeAll(async () => {
    const store = await createProject(dir, { name: 'Panel', seedsDir: seeds });
    text = readFileSync(join(dir, 'documents', `${D1}.txt`), 'utf8');
    const layer = (annotator: string, spans: [string, string][]) =>
      writeAnnotatorLayer(
        store,
        D1,
        annotator,
        spans.map(([needle, label], i) => spanOver(text, needle, label, `${annotator}${i}`)),
      );
    await layer('alice', [
      ['Mike Pompeo', 'PERSON'],
      ['Iraq', 'GPE'],
    ]);
    await layer('bob', [
      ['Mike Pompeo', 'PERSON'],
      ['Iraq', 'ORG'],
      ['Friday', 'DATE'],
    ]);
    await layer('carol', [
      ['Mike Pompeo', 'PERSON'],
      ['Iraq', 'GPE'],
    ]);
    opened = await openProjectPage(dir, home, 'lena');
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('opens a document from the agreement view and shows who marked each candidate', async () => {
    const picker = await openAgreementView(page);
    await expect.poll(() => picker.inputValue()).toBe(D1);
    await picker.focus();
    await page.screenshot({ path: screenshotPath('panel-picker.png'), fullPage: true });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.lp-review-item').first().waitFor();
    const rows = await page
      .locator('.lp-review-item')
      .evaluateAll((items) =>
        items.map(
          (i) =>
            `${i.getAttribute('data-item-id')} ${i.querySelector('.lp-review-kind')?.textContent}`,
        ),
      );
    const pompeo = [...text.slice(0, text.indexOf('Mike Pompeo'))].length;
    const iraq = [...text.slice(0, text.indexOf('Iraq'))].length;
    const friday = [...text.slice(0, text.indexOf('Friday'))].length;
    expect([...rows].sort()).toEqual(
      [
        `PERSON@${pompeo}-${pompeo + 11} 3 of 3: alice, bob, carol`,
        `GPE@${iraq}-${iraq + 4} 2 of 3: alice, carol`,
        `ORG@${iraq}-${iraq + 4} 1 of 3: bob`,
        `DATE@${friday}-${friday + 6} 1 of 3: bob`,
      ].sort(),
    );
    await page.screenshot({ path: screenshotPath('panel.png') });
  });

  it('accepts the majority, then accepts and rejects by key, and undoes', async () => {
    const iraq = [...text.slice(0, text.indexOf('Iraq'))].length;
    await page.keyboard.press('Shift+A');
    await expect.poll(goldSpans).toEqual(['GPE Iraq', 'PERSON Mike Pompeo']);
    await expect
      .poll(() => page.getByTestId('panel-progress').textContent())
      .toMatch(/^2 open of 4/);
    // j and k walk the list (stopping at its ends) to ORG Iraq; a accepts it, x rejects GPE Iraq.
    await walkTo(`ORG@${iraq}-${iraq + 4}`);
    await page.keyboard.press('a');
    await expect.poll(goldSpans).toEqual(['GPE Iraq', 'ORG Iraq', 'PERSON Mike Pompeo']);
    await walkTo(`GPE@${iraq}-${iraq + 4}`);
    await page.keyboard.press('x');
    await expect.poll(goldSpans).toEqual(['ORG Iraq', 'PERSON Mike Pompeo']);
    await page.screenshot({ path: screenshotPath('panel-decided.png') });
    await page.keyboard.press('Control+Z');
    await expect.poll(goldSpans).toEqual(['GPE Iraq', 'ORG Iraq', 'PERSON Mike Pompeo']);
    // The bar's Redo takes the rejection again; Undo then brings GPE Iraq back once more.
    const bar = page.getByRole('region', { name: 'Adjudication' });
    await bar.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(goldSpans).toEqual(['ORG Iraq', 'PERSON Mike Pompeo']);
    await bar.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(goldSpans).toEqual(['GPE Iraq', 'ORG Iraq', 'PERSON Mike Pompeo']);
    await page.keyboard.press('Escape');
    await page.getByLabel('Document to adjudicate').waitFor();
  });

  it('Enter on a button presses that button: Reject rejects and Undo undoes, neither accepts the candidate', async () => {
    const said = () => page.getByTestId('view-announcement').textContent();
    const friday = [...text.slice(0, text.indexOf('Friday'))].length;
    const fridayId = `DATE@${friday}-${friday + 6}`;
    await page.getByLabel('Document to adjudicate').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.lp-review-item').first().waitFor();
    await walkTo(fridayId);
    await expect.poll(focused).toMatch(/^li:Minority1 of 3: bob/);
    await page.keyboard.press('Tab'); // Accept
    await page.keyboard.press('Tab'); // Reject
    await expect.poll(focused).toBe('button:Reject X');
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Rejected DATE “Friday”, 1 of 3. 0 open of 4');
    expect(goldSpans()).toEqual(['GPE Iraq', 'ORG Iraq', 'PERSON Mike Pompeo']);
    const undo = page.getByRole('region', { name: 'Adjudication' }).getByRole('button', {
      name: 'Undo',
    });
    await undo.focus();
    await page.keyboard.press('Enter');
    await expect.poll(said).toBe('Undid: rejected DATE “Friday”, 1 of 3. 1 open of 4');
    expect(goldSpans()).toEqual(['GPE Iraq', 'ORG Iraq', 'PERSON Mike Pompeo']);
    await page.keyboard.press('Escape');
    await page.getByLabel('Document to adjudicate').waitFor();
  });
});
