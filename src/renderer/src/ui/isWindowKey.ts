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

/** Keys a field moves or deletes with, held with Alt (a word at a time on some systems). */
const FIELD_ALT_KEYS = new Set([
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
]);

/** macOS, where Option (Alt) with a key types a character (Option+J types ∆) in a field. */
const ALT_TYPES = typeof navigator !== 'undefined' && /^Mac|^iP(hone|ad)/.test(navigator.platform);

/**
 * True for a key the window takes wherever the keyboard is, in a field too: a function key
 * (`F6` / `Shift+F6`, the next part of the window, or another key the user bound to a command),
 * a Ctrl or Cmd chord a field does not edit with (the command palette, search, the shortcuts
 * list, the panels) and, but on macOS, where Option types characters, an Alt chord (a key the
 * user bound to a command: Alt+J types nothing in a field on Linux or Windows). AltGr, which
 * types a character, stays the field's. A field that keeps its keys to itself lets these go on
 * to the window.
 * @example isWindowKey({ key: 'P', ctrlKey: true, metaKey: false }) // true; 'z' → false
 */
export function isWindowKey(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey?: boolean;
  getModifierState?(key: string): boolean;
}): boolean {
  // No field types with a function key: F6, or another one given a window command, goes on.
  if (/^F\d+$/.test(event.key)) return true;
  if (!event.ctrlKey && !event.metaKey) return altReachesWindow(event);
  return !FIELD_CHORD_KEYS.has(event.key.length === 1 ? event.key.toLowerCase() : event.key);
}

/** An Alt chord without Ctrl or Cmd that types nothing in a field, so is the window's. */
function altReachesWindow(event: Parameters<typeof isWindowKey>[0]): boolean {
  if (!event.altKey || ALT_TYPES || event.getModifierState?.('AltGraph') === true) return false;
  return event.key !== 'Alt' && !FIELD_ALT_KEYS.has(event.key);
}
