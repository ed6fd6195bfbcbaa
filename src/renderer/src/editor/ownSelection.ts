import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Tells React that the reading view's element is not a contenteditable it must look after.
 * React saves the selection of a focused contenteditable before every commit, anywhere in the
 * window, by walking all of that element's text nodes (react-dom `commitBeforeMutationEffects`):
 * with a 1 MB document open that walk cost some 80 ms per commit, several commits per edit.
 * React renders nothing inside this element and ProseMirror keeps its selection itself, so the
 * walk is skipped by answering React's `contentEditable === "true"` test with "inherit"; the
 * attribute (what the browser and ProseMirror go by) stays "true".
 */
export function hideFromReactSelection(element: HTMLElement): void {
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => element.setAttribute('contenteditable', value),
  });
}

/** Applies {@link hideFromReactSelection} to the view's element. */
export const OwnSelection = Extension.create({
  name: 'ownSelection',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('ownSelection'),
        view(view) {
          hideFromReactSelection(view.dom);
          return {};
        },
      }),
    ];
  },
});
