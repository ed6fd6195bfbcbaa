import type { ItemEdit } from './layerEdit';

/** Edits of keyed lists whose maker knew them, by the list they made (lists are never changed). */
const known = new WeakMap<
  readonly { id: string }[],
  { from: readonly { id: string }[]; edit: ItemEdit }
>();

/**
 * Records that `after` is `before` with `edit` applied (puts at their index in `after`), so a
 * save of the layer writes the edit without comparing the two lists: O(edit), not O(list).
 */
export function rememberItemEdit(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  edit: ItemEdit,
): void {
  known.set(after, { from: before, edit });
}

/** The edit from `before` to `after` when their maker recorded it, else null. */
export function knownItemEdit(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
): ItemEdit | null {
  const entry = known.get(after);
  return entry && entry.from === before ? entry.edit : null;
}
