import type { Page } from 'playwright-core';

/** Puts the caret at the start of the text, the reading view holding the keyboard. */
export async function caretAtStart(page: Page): Promise<void> {
  await page.locator('.lp-reading .ProseMirror').waitFor();
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.lp-reading .ProseMirror');
    root?.focus();
    const first = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    if (first) getSelection()?.collapse(first, 0);
  });
}

/** Records, in the page, each key pressed (first or again) that reaches the reading text from now on. */
export async function recordKeysAtText(page: Page): Promise<void> {
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

/** The keys that reached the reading text since {@link recordKeysAtText}, pressed again or not. */
export function keysAtText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    'keysAtText' in window && Array.isArray(window.keysAtText) ? window.keysAtText.map(String) : [],
  );
}
