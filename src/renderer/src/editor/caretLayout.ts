import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Paragraphs laid out on each side of the one the caret jumped to. */
const AROUND = 8;

/** The rule that lays out the paragraphs around a jump, in a sheet of its own. */
let sheet: CSSStyleSheet | null = null;
let jumps = 0;

function ownSheet(): CSSStyleSheet | null {
  if (sheet) return sheet;
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/** The top-level paragraph a position is in (the last one for the text's end). */
function paragraphOf(state: EditorState, pos: number): number {
  const $pos = state.doc.resolve(pos);
  return Math.min($pos.index(0), state.doc.childCount - 1);
}

/**
 * Lays out the paragraphs around the caret's new paragraph until two frames have been drawn.
 * Off-screen paragraphs are skipped (content-visibility) until a frame finds them near the
 * view, and Chromium's own caret moves treat a skipped paragraph as one piece: Shift+Left
 * pressed right after Ctrl+End selected the last three paragraphs whole.
 */
function layOutAround(view: EditorView, paragraph: number): void {
  const rules = ownSheet();
  const element = view.nodeDOM(view.state.doc.resolve(0).posAtIndex(paragraph, 0));
  if (!rules || !(element instanceof HTMLElement) || element.parentElement !== view.dom) return;
  const place = Array.prototype.indexOf.call(view.dom.children, element) + 1;
  rules.replaceSync(
    `.lp-reading .ProseMirror > :nth-child(n + ${Math.max(1, place - AROUND)}):nth-child(-n + ${place + AROUND}) { content-visibility: visible; }`,
  );
  const jump = ++jumps;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (jump === jumps) rules.replaceSync('');
    }),
  );
}

/**
 * When the caret jumps further than the next paragraph (Ctrl+Home or End, a span or a search
 * hit chosen elsewhere), the paragraphs around it are laid out at once, so the keys pressed
 * before the next frame move it as they would in text on screen.
 */
export const CaretLayout = Extension.create({
  name: 'caretLayout',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretLayout'),
        view: () => ({
          update(view, before) {
            const { doc, selection } = view.state;
            if (doc.childCount === 0 || before.selection.eq(selection) || before.doc !== doc)
              return;
            const from = paragraphOf(before, before.selection.head);
            const to = paragraphOf(view.state, selection.head);
            if (Math.abs(to - from) > 1) layOutAround(view, to);
          },
        }),
      }),
    ];
  },
});
