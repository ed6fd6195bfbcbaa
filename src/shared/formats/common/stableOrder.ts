/** Bits sorted per pass: 2,048 counters, at most three passes for an Int32 key. */
const DIGIT = 11;
const MASK = (1 << DIGIT) - 1;
/** Lists shorter than this are sorted by comparison. */
const SHORT = 256;

/**
 * `items` stably sorted by `key[item]` (non-negative, at most `max`): a least significant
 * digit radix sort, linear in the items whatever order they come in. Token exports order tens
 * of thousands of spans by start and length; a comparison sort with a comparator cost more
 * than the rest of the tagging, and no small library sorts typed arrays stably by an outside key.
 * @example stableOrder(Int32Array.of(0, 1, 2), Int32Array.of(5, 3, 5), 5) → Int32Array [1, 0, 2]
 */
export function stableOrder(items: Int32Array, key: Int32Array, max: number): Int32Array {
  // A short list sorts faster by comparison than by clearing 2,048 counters per pass (Array sort is stable).
  if (items.length < SHORT)
    return Int32Array.from(Array.from(items).sort((a, b) => (key[a] ?? 0) - (key[b] ?? 0)));
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
