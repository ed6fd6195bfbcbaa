/**
 * Index of the first of `sorted[0…count)` (ascending) that is > `value`, or `count` if none.
 * The search gallops out from `hint` (where the caller's last answer was) before it bisects,
 * so a run of lookups in ascending order costs about one step each instead of a full binary
 * search: a token export looks up tens of thousands of span edges among 200,000 tokens.
 * @example firstAbove(Int32Array.of(1, 3, 3, 7), 3, 4, 0) === 3
 */
export function firstAbove(sorted: Int32Array, value: number, count: number, hint = 0): number {
  let lo = 0;
  let hi = count;
  const from = Math.min(Math.max(hint, 0), count);
  if (from > 0 && (sorted[from - 1] ?? 0) > value) {
    // The answer is before the hint: step back 1, 2, 4… to an entry not above the value.
    hi = from - 1;
    for (let step = 1; ; step *= 2) {
      const probe = hi - step;
      if (probe < 0) break;
      if ((sorted[probe] ?? 0) <= value) {
        lo = probe + 1;
        break;
      }
      hi = probe;
    }
  } else {
    // Every entry before the hint is not above the value: step on 1, 2, 4… to one above it.
    lo = from;
    for (let step = 1; ; step *= 2) {
      const probe = lo + step - 1;
      if (probe >= count) break;
      if ((sorted[probe] ?? 0) > value) {
        hi = probe;
        break;
      }
      lo = probe + 1;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
