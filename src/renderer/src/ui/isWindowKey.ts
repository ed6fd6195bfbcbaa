/** Keys a field edits with, held with Ctrl or Cmd: undo, redo, select all, the clipboard, words. */
const FIELD_CHORD_KEYS = new Set([
  'z',
  'y',
  'a',
  'c',
  'v',
  'x',
  'Enter',
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
]);

/**
 * True for a key the window takes wherever the keyboard is, in a field too: a function key
 * (`F6` / `Shift+F6`, the next part of the window, or another key the user bound to a command)
 * and a Ctrl or Cmd chord a field does not edit with (the command palette, search, the
 * shortcuts list, the panels). A field that keeps its keys to itself lets
 * these go on to the window.
 * @example isWindowKey({ key: 'P', ctrlKey: true, metaKey: false }) // true; 'z' → false
 */
export function isWindowKey(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}): boolean {
  // No field types with a function key: F6, or another one given a window command, goes on.
  if (/^F\d+$/.test(event.key)) return true;
  if (!event.ctrlKey && !event.metaKey) return false;
  return !FIELD_CHORD_KEYS.has(event.key.length === 1 ? event.key.toLowerCase() : event.key);
}
