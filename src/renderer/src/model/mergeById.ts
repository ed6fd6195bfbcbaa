/** `items` without the removed and replaced ones, then the upserted ones. */
export function mergeById<T extends { readonly id: string }>(
  items: readonly T[],
  upserted: readonly T[],
  removed: readonly string[],
): T[] {
  const gone = new Set([...removed, ...upserted.map((item) => item.id)]);
  return [...items.filter((item) => !gone.has(item.id)), ...upserted];
}
