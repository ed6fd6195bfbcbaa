import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { callApi } from './callApi';
import { focusedControl } from './focusedControl';
import type { ProjectPage } from './openProjectPage';

/** The name of what has the keyboard (`button:File`, `div[textbox]:Document text`). */
export async function focused(page: Page): Promise<string> {
  return (await focusedControl(page)).name;
}

/** F6 round the window's parts (header, side panel, text, details) until the one `css` names has the keyboard. */
export async function reachPart(page: Page, css: string): Promise<void> {
  for (let i = 0; i < 5 && !(await focusedControl(page, css)).inside; i++)
    await page.keyboard.press('F6');
  expect((await focusedControl(page, css)).inside).toBe(true);
}

/** Puts the caret before `needle` in the text, as arrows would, then selects `words` words by Ctrl+Shift+→. */
export async function selectWords(page: Page, needle: string, words: number): Promise<void> {
  await page.evaluate((needle) => {
    const root = document.querySelector('.lp-reading .ProseMirror') as HTMLElement;
    root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      getSelection()?.collapse(node, at);
      return;
    }
    throw new Error(`"${needle}" is not in the text`);
  }, needle);
  for (let i = 0; i < words; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.getByRole('dialog', { name: 'Label the selection' }).waitFor();
}

/** The spans of the user's layer in document `documentId`: label and text (`QUOTE:Prime Minister`). */
export async function spans(project: ProjectPage, documentId: string): Promise<string[]> {
  const opened = await callApi<{
    document: { text: string };
    layer: { spans: { label: string; fragments: { start: number; end: number }[] }[] };
  }>(project.server, 'openDocument', { documentId });
  const chars = [...opened.document.text];
  return opened.layer.spans.map((s) => {
    const f = s.fragments[0]!;
    return `${s.label}:${chars.slice(f.start, f.end).join('')}`;
  });
}
