import type { ItemEdit } from './layerEdit';

/**
 * Edits of keyed lists whose maker knew them, by the list they made (an array, or the
 * ChunkedList behind a layer's spans; lists are never changed).
 */
const known = new WeakMap<object, { from: object; edit: ItemEdit }>();

/**
 * Records that `after` is `before` with `edit` applied (puts at their index in `after`), so a
 * save of the layer writes the edit without comparing the two lists: O(edit), not O(list).
 */
export function rememberItemEdit(before: object, after: object, edit: ItemEdit): void {
  known.set(after, { from: before, edit });
}

/** The edit from `before` to `after` when their maker recorded it, else null. */
export function knownItemEdit(before: object, after: object): ItemEdit | null {
  const entry = known.get(after);
  return entry && entry.from === before ? entry.edit : null;
}
