/** Keys that choose another option of a closed drop-down list, as Chromium handles them. */
const CHOOSING = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * Whether a key pressed on a closed `<select>` chooses there (an arrow, Home, End, a page key,
 * a letter of its type-ahead): Alt+Down and Space open the list instead.
 * @example choosesOnClosedList({ key: 'ArrowDown', altKey: false, ctrlKey: false, metaKey: false }) // true
 */
export function choosesOnClosedList(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return CHOOSING.has(event.key) || (event.key.length === 1 && event.key !== ' ');
}
