import { itemAt } from '../collections';
/** The three parts of a train/dev/test split, ids sorted. */
export interface DocumentSplit {
  readonly train: readonly string[];
  readonly dev: readonly string[];
  readonly test: readonly string[];
}

/**
 * Splits document ids into train/dev/test by `ratios`, deterministically: each id is
 * ranked by a hash of (seed, id), so the split depends only on the set of ids and the
 * seed (never on input order or the run), and part sizes are exact (largest remainder).
 * @example splitDocuments(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], [80, 10, 10], 7) → 8 / 1 / 1 ids
 */
export function splitDocuments(
  ids: readonly string[],
  ratios: readonly [number, number, number],
  seed: number,
): DocumentSplit {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`the seed must be an integer, not ${seed}`);
  const ranked = [...new Set(ids)]
    .map((id) => ({ id, rank: rankOf(seed, id) }))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => entry.id);
  const [train = 0, dev = 0] = partSizes(ranked.length, ratios);
  const sorted = (part: string[]) => part.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    train: sorted(ranked.slice(0, train)),
    dev: sorted(ranked.slice(train, train + dev)),
    test: sorted(ranked.slice(train + dev)),
  };
}

/**
 * Exact part sizes summing to `n`: floors, then leftovers to the largest remainders (earlier
 * part on ties). A part with a share still gets one document when there are enough to go round
 * (80/10/10 of 6 is 4/1/1, not 5/1/0), taken from the largest part, as scikit-learn's
 * `train_test_split` rounds a test share up: a test part asked for and left empty is never what
 * was meant.
 */
function partSizes(n: number, ratios: readonly number[]): number[] {
  if (ratios.some((r) => !Number.isFinite(r) || r < 0))
    throw new RangeError(`split ratios must be non-negative numbers: ${ratios.join('/')}`);
  const total = ratios.reduce((sum, r) => sum + r, 0);
  if (total <= 0) throw new RangeError('split ratios must not all be zero');
  const exact = ratios.map((r) => (n * r) / total);
  const sizes = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = n - sizes.reduce((s, x) => s + x, 0); left > 0; k++, left--) {
    const part = itemAt(order, k % order.length);
    sizes[part.i] = itemAt(sizes, part.i) + 1;
  }
  const wanted = ratios.filter((r) => r > 0).length;
  if (n >= wanted)
    ratios.forEach((r, i) => {
      if (r === 0 || itemAt(sizes, i) > 0) return;
      const largest = sizes.indexOf(Math.max(...sizes));
      sizes[largest] = itemAt(sizes, largest) - 1;
      sizes[i] = 1;
    });
  return sizes;
}

/** FNV-1a over the UTF-16 units of `seed:id`, then a murmur3 finalizer: a uniform 32-bit rank. */
function rankOf(seed: number, id: string): number {
  const key = `${seed}:${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
