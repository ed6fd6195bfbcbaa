import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/callApi';
import { focused, spans } from './support/keyboardWalk';
import { caretAtStart, keysAtText, recordKeysAtText } from './support/keysAtText';
import { openSeededPage, type SeededPage } from './support/openSeededPage';
import { CTRL, pressAll, SHIFT } from './support/pressAll';
import { screenshotPath } from './support/screenshotPath';
import { useTheme } from './support/themes';

/** The keys that reached the reading text, pressed again or not, from the first D on. */
async function keysAfterD(page: Page): Promise<string[]> {
  const all = await keysAtText(page);
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
      expect(await keysAfterD(page)).toEqual(['d', 'i']);
      const after = await Promise.all(documents.map((d) => spans(opened, d.id)));
      expect(after).toEqual(before);
      await page.keyboard.press('Escape');
      await page.getByLabel('Files to import').waitFor({ state: 'detached' });
      await cdp.detach();
    },
  );
});
