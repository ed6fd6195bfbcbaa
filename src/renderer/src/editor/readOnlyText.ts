import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Input events that would change the text; the reading view refuses all of them. */
const EDITING_EVENTS = ['beforeinput', 'paste', 'drop', 'cut', 'dragstart'] as const;

function refuse(_view: unknown, event: Event): boolean {
  event.preventDefault();
  return true;
}

/**
 * Ctrl/Cmd+Home and +End go to the start and end of the text (with Shift, select to there):
 * Chromium's own move stops short when far paragraphs are not laid out (content-visibility).
 */
function toTextEnd(view: EditorView, event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || (event.key !== 'Home' && event.key !== 'End'))
    return false;
  const { doc, selection } = view.state;
  const edge = event.key === 'Home' ? Selection.atStart(doc) : Selection.atEnd(doc);
  const next = event.shiftKey ? TextSelection.create(doc, selection.anchor, edge.head) : edge;
  view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
  return true;
}

/**
 * Keeps the text unchanged while the view stays focusable with a caret, so a keyboard user can
 * move through the text and select with Shift+arrows (a contenteditable that refuses every edit:
 * ProseMirror's own read-only mode takes the caret away with the editing).
 */
export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyText'),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleDOMEvents: Object.fromEntries(EDITING_EVENTS.map((name) => [name, refuse])),
          handleKeyDown: toTextEnd,
          handleKeyPress: () => true,
          handleTextInput: () => true,
        },
      }),
    ];
  },
});
