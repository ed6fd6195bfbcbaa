/**
 * Binary search: the last index in `[0, length)` whose key is at or below `value`, the keys
 * (`keyAt`) ascending; -1 when none is.
 * @example lastAtOrBelow(3, (i) => [1, 5, 9][i] ?? 0, 6) === 1
 */
export function lastAtOrBelow(
  length: number,
  keyAt: (index: number) => number,
  value: number,
): number {
  let lo = -1;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (keyAt(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
