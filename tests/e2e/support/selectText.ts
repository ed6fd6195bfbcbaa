import type { Page } from 'playwright-core';

/**
 * Selects the `occurrence`-th match of `needle` in the reading view with a real DOM range,
 * then releases the mouse there, as a user's drag would end.
 */
export async function selectText(page: Page, needle: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ({ needle, occurrence }) => {
      const root = document.querySelector('.ProseMirror');
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
          if (seen++ !== occurrence) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const selection = window.getSelection() as Selection;
          selection.removeAllRanges();
          selection.addRange(range);
          const rect = range.getBoundingClientRect();
          root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
          return true;
        }
      }
      return false;
    },
    { needle, occurrence },
  );
  if (!found) throw new Error(`"${needle}" (#${occurrence}) is not in the reading view`);
}
