import type { Page } from 'playwright-core';

/**
 * Selects the `occurrence`-th match of `needle` in the reading view with a real DOM range
 * (it may cross the elements that highlights split text into), then releases the mouse
 * there, as a user's drag would end, and waits for the label menu that a selection opens.
 *
 * A document just opened may be drawn before the view listens for the mouse (React attaches
 * listeners after the paint); a user would drag again, and so does this, a few times.
 */
export async function selectText(page: Page, needle: string, occurrence = 0): Promise<void> {
  const menu = page.getByRole('dialog', { name: 'Label the selection' });
  for (let attempt = 1; ; attempt++) {
    await dragOver(page, needle, occurrence);
    try {
      await menu.waitFor({ state: 'visible', timeout: 1_500 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function dragOver(page: Page, needle: string, occurrence: number): Promise<void> {
  const found = await page.evaluate(
    ({ needle, occurrence }) => {
      const root = document.querySelector('.ProseMirror');
      if (!root) return false;
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length });
        all += node.textContent ?? '';
      }
      let at = -1;
      for (let seen = 0; seen <= occurrence; seen++) {
        at = all.indexOf(needle, at + 1);
        if (at < 0) return false;
      }
      const locate = (offset: number, isEnd: boolean): [Text, number] => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          const entry = nodes[i] as { node: Text; start: number };
          if (isEnd ? entry.start < offset : entry.start <= offset)
            return [entry.node, offset - entry.start];
        }
        throw new Error('offset outside the text');
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + needle.length, true));
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      root.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
      );
      return true;
    },
    { needle, occurrence },
  );
  if (!found) throw new Error(`"${needle}" (#${occurrence}) is not in the reading view`);
}
