import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focused, spans } from './support/keyboardWalk';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { CTRL, pressAll, SHIFT } from './support/pressAll';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** Puts the caret at the start of the text, the reading view holding the keyboard. */
async function caretAtStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.lp-reading .ProseMirror');
    root?.focus();
    const first = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    if (first) getSelection()?.collapse(first, 0);
  });
}

/** Records, in the page, each key pressed (first or again) that reaches the reading text, until Ctrl+I. */
async function recordKeysAtText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { keysAtText: seen });
    // On the document, so a key held back at the window (stopped there) is not counted.
    document.addEventListener(
      'keydown',
      (event) => {
        const target = event.target;
        if (target instanceof Element && target.closest('.lp-reading .ProseMirror'))
          seen.push(event.key);
      },
      true,
    );
  });
}

/** The keys that reached the reading text since {@link recordKeysAtText}, pressed again or not, after the first D. */
async function keysAtText(page: Page): Promise<string[]> {
  const all = await page.evaluate(() =>
    'keysAtText' in window && Array.isArray(window.keysAtText) ? window.keysAtText.map(String) : [],
  );
  // D reached the text leaving; the keys after it were held, then pressed again on the next.
  return all.slice(all.indexOf('d'));
}

describe('keys typed before a dialog takes the keyboard never act on the text', () => {
  let opened: SeededPage;

  beforeAll(async () => {
    opened = await openSeededPage('Keys before a dialog', 'tester', { width: 1024, height: 768 });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it.each(['light', 'dark'] as const)(
    'D, Ctrl+I, then Shift+→, a label key and Delete at once: the Import dialog opens, none of them reaches the text (%s)',
    async (theme) => {
      const { page } = opened;
      await useTheme(page, theme);
      await page.locator('.lp-reading .ProseMirror').waitFor();
      await caretAtStart(page);
      const documents = await callApi<{ id: string }[]>(opened.server, 'listDocuments');
      const before = await Promise.all(documents.map((d) => spans(opened, d.id)));
      await recordKeysAtText(page);
      const cdp = await page.context().newCDPSession(page);
      // Done and open the next (D): the keys after it wait for the next text, Ctrl+I among them.
      await pressAll(cdp, [
        ['d', 'KeyD', 68],
        ['i', 'KeyI', 73, CTRL],
        ['ArrowRight', 'ArrowRight', 39, SHIFT],
        ['ArrowRight', 'ArrowRight', 39, SHIFT],
        ['ArrowRight', 'ArrowRight', 39, SHIFT],
        ['1', 'Digit1', 49],
        ['Delete', 'Delete', 46],
      ]);
      await page.getByLabel('Files to import').waitFor();
      await expect.poll(() => focused(page)).toMatch(/Files to import|input/);
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(`keys-before-import-1024-${theme}.png`) });
      // Ctrl+I, pressed again on the next text, asked for the dialog: no key after it acts there.
      expect(await keysAtText(page)).toEqual(['d', 'i']);
      const after = await Promise.all(documents.map((d) => spans(opened, d.id)));
      expect(after).toEqual(before);
      await page.keyboard.press('Escape');
      await page.getByLabel('Files to import').waitFor({ state: 'detached' });
      await cdp.detach();
    },
  );
});
