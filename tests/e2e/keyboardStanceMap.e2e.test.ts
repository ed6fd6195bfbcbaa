import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, ProjectFolder } from '../../src/node';
import { spanOver, topicStance, writeAnnotatorLayer } from '../helpers/annotatorLayer';
import { callApi } from './support/callApi';
import { focusLost, watchFocusLost } from './support/focusLost';
import { focused } from './support/keyboardWalk';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindingsNow, shots } from './support/themes';
import { runCommand } from './support/runCommand';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const D0 = '000_90267a0c835213d2';
const D1 = '001_8f0f90acb7aa8cc5';
const CELL = 'button:No named holder toward Withdrawal of US troops from Iraq: AGAINST 2';

// The stance map by keys: a cell is reached by Tab, Enter opens the stances behind it, one of
// them is opened in its document, and the map opened again comes back to that cell.
describe('the stance map by keyboard alone (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-stance-map-'));
  const dir = join(root, 'project');
  const map = () => page.getByRole('dialog', { name: 'Stance map' });
  const status = async () =>
    (await map().getByRole('status').allTextContents()).filter((said) => said !== '');
  const said = () => page.getByTestId('span-announcement').textContent();

  const open = async (): Promise<void> => {
    await runCommand(page, 'stance map', 'Stance Map');
    await map().locator('.lp-cell').first().waitFor();
  };

  beforeAll(async () => {
    await createProject(dir, { name: 'Stance map by keys', seedsDir: seeds });
    const store = await ProjectFolder.open(dir);
    for (const [id, n] of [
      [D0, 0],
      [D1, 1],
    ] as const) {
      const text = await store.readText(id);
      const quote = spanOver(text, 'a conversation', 'QUOTE', `q${n}`);
      const iraq = spanOver(text, 'Iraq', 'GPE', `g${n}`);
      const stances = [topicStance(`against${n}`, 'AGAINST', [quote], 'troop-withdrawal')];
      if (n === 0) stances.push(topicStance('favor0', 'FAVOR', [iraq]));
      await writeAnnotatorLayer(store, id, 'lena', [quote, iraq], stances);
    }
    project = await openProjectPage(dir, join(root, 'home'), 'lena', { width: 1024, height: 800 });
    page = project.page;
    await page.locator('.ProseMirror').focus();
    await watchFocusLost(page);
  });

  afterAll(async () => {
    await project?.close();
  });

  it('Tab reaches a cell, Enter opens its stances and says them; the cell keeps the keyboard', async () => {
    await open();
    await expect
      .poll(status)
      .toEqual(['Stances recorded by lena (you): 3 stances in 2 documents.']);
    for (let i = 0; i < 8 && (await focused(page)) !== CELL; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(CELL);
    await page.keyboard.press('Enter');
    const evidence = map().getByRole('region', { name: /^Evidence/ });
    await evidence.waitFor();
    await expect
      .poll(status)
      .toEqual([
        'Stances recorded by lena (you): 3 stances in 2 documents.',
        'No named holder toward Withdrawal of US troops from Iraq: 2 stances, shown below the map.',
      ]);
    expect(await focused(page)).toBe(CELL);
    expect(await map().locator('.lp-cell[aria-pressed="true"]').count()).toBe(1);
    expect(await axeFindingsNow(page, '.lp-dialog')).toEqual([]);
    // A dialog keeps the theme key: closed, the theme changes, and opened again it comes back
    // to the cell, its stances shown.
    const close = async (): Promise<void> => {
      await page.keyboard.press('Escape');
      await expect.poll(() => map().count()).toBe(0);
    };
    await close();
    await shots(page, 'stance-map-drilled', open, close);
    await open();
    await expect.poll(() => focused(page)).toBe(CELL);
  });

  it('Tab goes on to the stances; Enter opens one in its document and says so', async () => {
    const evidence = /^button:“a conversation”/;
    for (let i = 0; i < 4 && !evidence.test(await focused(page)); i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(evidence);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(evidence); // the second of the two
    await page.keyboard.press('Enter');
    await expect.poll(() => map().count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    await expect
      .poll(said)
      .toMatch(/^Opened “The United States on Friday .+ QUOTE: a conversation, span \d of \d$/);
    const opened = await callApi<{ document: { id: string }; layer: { stances: unknown[] } }>(
      project.server,
      'openDocument',
      { documentId: D1 },
    );
    expect(opened.layer.stances).toHaveLength(1); // opening a stance changes nothing
    expect(await focusLost(page)).toEqual([]);
  });

  it('the map opened again comes back to the same cell, its stances shown', async () => {
    await open();
    await expect.poll(() => focused(page)).toBe(CELL);
    await map()
      .getByRole('region', { name: /^Evidence/ })
      .waitFor();
    expect(await map().locator('.lp-drill li').count()).toBe(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => map().count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('div[textbox]:Document text');
    expect(await focusLost(page)).toEqual([]);
  });
});
