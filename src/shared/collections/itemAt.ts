/**
 * The item at `index` of an array the caller knows to be in range (a loop bound, a binary
 * search result), typed without `undefined`; a wrong index throws instead of passing
 * `undefined` along. Use `items[index]` and handle `undefined` where absence is possible.
 * @example itemAt(['a', 'b'], 1) === 'b'
 */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  if (!(index >= 0 && index < items.length))
    throw new RangeError(`index ${index} is outside 0..${items.length - 1}`);
  return items[index] as T;
}
