import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Set on the view's element while it has the keyboard from a click or a touch, not from a key. */
export const POINTER_FOCUS = 'data-pointer-focus';

/**
 * The text's focus ring follows the keyboard, as buttons' rings do. Chromium matches
 * `:focus-visible` on a contenteditable however it got the keyboard, so a click would draw the
 * ring round the whole text. The view's element is marked when it gets the keyboard after a
 * press of the pointer (a click in the text, or a click on a label that gives the keyboard
 * back), and unmarked when it loses it; after a key (Tab, F6, Enter on a label) it is not.
 */
export const PointerFocus = Extension.create({
  name: 'pointerFocus',
  addProseMirrorPlugins() {
    let byPointer = false;
    const pointer = (): void => void (byPointer = true);
    const key = (): void => void (byPointer = false);
    return [
      new Plugin({
        key: new PluginKey('pointerFocus'),
        view() {
          window.addEventListener('pointerdown', pointer, true);
          window.addEventListener('keydown', key, true);
          return {
            destroy() {
              window.removeEventListener('pointerdown', pointer, true);
              window.removeEventListener('keydown', key, true);
            },
          };
        },
        props: {
          handleDOMEvents: {
            focus(view) {
              view.dom.toggleAttribute(POINTER_FOCUS, byPointer);
              return false;
            },
            blur(view) {
              view.dom.removeAttribute(POINTER_FOCUS);
              return false;
            },
          },
        },
      }),
    ];
  },
});
