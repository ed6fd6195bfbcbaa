import type { Page } from 'playwright-core';

/**
 * Starts noting each moment the keyboard lands on the page itself (`<body>`), where a keyboard
 * user is nowhere: only while a dialog is open when `inDialog`. {@link focusLost} reads them.
 * @example await watchFocusLost(page, true); await page.keyboard.press('Enter'); expect(await focusLost(page)).toEqual([]);
 */
export async function watchFocusLost(page: Page, inDialog = false): Promise<void> {
  await page.evaluate((dialogOnly) => {
    const lost: string[] = [];
    Object.assign(window, { loupeLost: lost });
    document.addEventListener('focusout', () =>
      setTimeout(() => {
        if (document.activeElement !== document.body) return;
        if (!dialogOnly || document.querySelector('.lp-dialog')) lost.push('body');
      }),
    );
  }, inDialog);
}

/** The moments {@link watchFocusLost} noted (`['unread']` when it was not started). */
export function focusLost(page: Page): Promise<unknown> {
  return page.evaluate(() => ('loupeLost' in window ? window.loupeLost : ['unread']));
}
