/**
 * `items` without the removed and replaced ones, then the upserted ones. Nothing to add and
 * nothing of `items` removed (a delete's answer for a span the view already took away): the
 * same array, so what shows the list does not render again.
 */
export function mergeById<T extends { readonly id: string }>(
  items: readonly T[],
  upserted: readonly T[],
  removed: readonly string[],
): readonly T[] {
  if (upserted.length === 0 && removed.length === 0) return items;
  const gone = new Set([...removed, ...upserted.map((item) => item.id)]);
  const kept = items.filter((item) => !gone.has(item.id));
  if (upserted.length === 0 && kept.length === items.length) return items;
  return [...kept, ...upserted];
}
