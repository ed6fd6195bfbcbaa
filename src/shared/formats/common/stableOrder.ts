/** Bits sorted per pass: 2,048 counters, at most three passes for an Int32 key. */
const DIGIT = 11;
const MASK = (1 << DIGIT) - 1;
/** Lists shorter than this are sorted natively, by one number per item. */
const SHORT = 256;

/**
 * `items` stably sorted by `key[item]` (non-negative, at most `max`): a least significant
 * digit radix sort, linear in the items whatever order they come in. Token exports order tens
 * of thousands of spans by start and length; a comparison sort with a comparator cost more
 * than the rest of the tagging, and no small library sorts typed arrays stably by an outside key.
 * @example stableOrder(Int32Array.of(0, 1, 2), Int32Array.of(5, 3, 5), 5) → Int32Array [1, 0, 2]
 */
export function stableOrder(items: Int32Array, key: Int32Array, max: number): Int32Array {
  // A short list sorts faster natively than by clearing 2,048 counters per pass: `key × n + position`
  // as doubles (exact: an Int32 key times n < 256 is below 2⁵³), sorted without a comparator
  // that would run as JavaScript for each pair.
  const n = items.length;
  if (n < SHORT) {
    const keyed = new Float64Array(n);
    for (let i = 0; i < n; i++) keyed[i] = (key[items[i] ?? 0] ?? 0) * n + i;
    keyed.sort();
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = items[(keyed[i] ?? 0) % n] ?? 0;
    return order;
  }
  let from = Int32Array.from(items);
  let to = new Int32Array(items.length);
  const counts = new Int32Array(MASK + 2);
  for (let shift = 0; shift < 31 && (shift === 0 || max >> shift > 0); shift += DIGIT) {
    // Indexed loops: the first export in a process runs them unoptimized, where `for…of` costs a call per step.
    counts.fill(0);
    for (let i = 0; i < from.length; i++) {
      const d = (((key[from[i] ?? 0] ?? 0) >> shift) & MASK) + 1;
      counts[d] = (counts[d] ?? 0) + 1;
    }
    for (let d = 1; d <= MASK + 1; d++) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
    for (let i = 0; i < from.length; i++) {
      const item = from[i] ?? 0;
      const d = ((key[item] ?? 0) >> shift) & MASK;
      const at = counts[d] ?? 0;
      counts[d] = at + 1;
      to[at] = item;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}
