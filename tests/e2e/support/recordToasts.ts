import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** The toasts noted by {@link recordToasts}, in the page. */
    loupeToasts?: string[];
  }
}

/**
 * Starts noting every toast the page shows (a toast leaves after a few seconds, so a look at
 * the end of a step can miss it); the function returned reads the toasts noted so far.
 * @example const toasts = await recordToasts(page); …; expect(await toasts()).toEqual([]);
 */
export async function recordToasts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen = new WeakMap<Element, string>();
    const noted: string[] = [];
    window.loupeToasts = noted;
    const note = (): void => {
      for (const toast of document.querySelectorAll('.lp-toast')) {
        const text = (toast.querySelector('span') ?? toast).textContent ?? '';
        if (seen.get(toast) === text) continue;
        seen.set(toast, text);
        noted.push(text);
      }
    };
    new MutationObserver(note).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    note();
  });
  return () => page.evaluate(() => [...(window.loupeToasts ?? [])]);
}
