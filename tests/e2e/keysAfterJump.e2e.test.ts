import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../src/node';
import { openProjectPage, type ProjectPage } from './support/openProjectPage';
import { axeFindings, shots } from './support/themes';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');

/** The selected text, and the reading view's text, as the page has them now. */
function selectionAndText(page: Page): Promise<{ selected: string; text: string }> {
  return page.evaluate(() => ({
    selected: window.getSelection()?.toString() ?? '',
    text: document.querySelector('.lp-reading .ProseMirror')?.textContent ?? '',
  }));
}

// Paragraphs off screen are not laid out (content-visibility) until a frame finds them near the
// view, and Chromium's own caret moves pass over such a paragraph whole. Keys sent without
// waiting, as a fast typist or a screen reader's keys come.
describe('keys right after the caret jumps act on the text as shown (Chromium, loupe serve)', () => {
  let project: ProjectPage;
  let page: Page;
  const root = mkdtempSync(join(tmpdir(), 'loupe-e2e-jump-'));

  beforeAll(async () => {
    await createProject(join(root, 'project'), { name: 'Jumps', seedsDir: seeds });
    project = await openProjectPage(join(root, 'project'), join(root, 'home'), 'lena', {
      width: 1280,
      height: 800,
    });
    page = project.page;
    await page.locator('.lp-reading .ProseMirror').focus();
    await page.keyboard.press('Escape');
  });

  afterAll(async () => {
    await project?.close();
  });

  it.each([
    ['Shift+Left', 'Ctrl+End', 'last', 'Control+Home', 'Control+End', 'Shift+ArrowLeft'],
    ['Shift+Right', 'Ctrl+Home', 'first', 'Control+End', 'Control+Home', 'Shift+ArrowRight'],
  ])(
    '%s right after %s selects the %s characters, each time',
    async (_key, _jump, edge, away, jump, key) => {
      for (let round = 0; round < 3; round++) {
        // From the other end, so that this one has left the view and is no longer laid out.
        await page.keyboard.press(away);
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        await page.keyboard.press(jump);
        for (let i = 0; i < 4; i++) await page.keyboard.press(key);
        const { selected, text } = await selectionAndText(page);
        const expected = edge === 'last' ? text.trimEnd().slice(-4) : text.slice(0, 4);
        expect(selected, `round ${round}`).toBe(expected);
      }
    },
  );

  it('shows the last characters selected after Ctrl+End (screenshots) and passes axe', async () => {
    const select = async (): Promise<void> => {
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Control+End');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    };
    await shots(page, 'keys-after-jump', select, async () => {}, true);
    expect(await axeFindings(page, '.lp-reading')).toEqual([]);
  });

  it('keeps the label menu over the text’s column, not the details beside it, at 1024 px', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    const menu = page.getByRole('dialog', { name: 'Label the selection' });
    await menu.waitFor();
    const column = page.locator('.lp-reading').locator('..');
    await expect
      .poll(async () => {
        const [inner, outer] = [await menu.boundingBox(), await column.boundingBox()];
        return inner && outer && inner.x + inner.width <= outer.x + outer.width - 8;
      })
      .toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
