import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Input events that would change the text; the reading view refuses all of them. */
const EDITING_EVENTS = ['beforeinput', 'paste', 'drop', 'cut', 'dragstart'] as const;

function refuse(_view: unknown, event: Event): boolean {
  event.preventDefault();
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
          handleKeyPress: () => true,
          handleTextInput: () => true,
        },
      }),
    ];
  },
});
