/**
 * The value of a key the caller knows is in the map (it put it there, or took the key from
 * the map itself), typed without `undefined`; a missing key throws instead of passing
 * `undefined` along. Use `map.get(key)` and handle `undefined` where absence is possible.
 * @example getKnown(new Map([['a', 1]]), 'a') === 1
 */
export function getKnown<K, V extends NonNullable<unknown> | null>(
  map: ReadonlyMap<K, V>,
  key: K,
): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`no entry for ${String(key)}`);
  return value;
}
