import { itemAt } from './itemAt';

/** Items per chunk: an edit copies one chunk and the list of chunks (√n-ish at 220k items). */
const CHUNK = 512;

/**
 * An immutable list kept in chunks: `insert` and `remove` return a new list that shares
 * every chunk but the one they change, so an edit of a list of n items copies one chunk
 * and the n / 512 chunk references, not n items; older versions stay valid. `toArray`
 * builds the flat array once per version. (Written here rather than taken from npm: the
 * persistent sorted structures there either cannot find an item's index in O(log n)
 * (sorted-btree), insert in O(n) (immutable's List), or cost a tree node per item
 * (functional-red-black-tree, unmaintained since 2014).)
 * @example ChunkedList.of(['a', 'c']).insert(1, 'b').toArray() // ['a', 'b', 'c']
 */
export class ChunkedList<T> {
  private flat: T[] | null = null;

  private constructor(
    private readonly chunks: readonly (readonly T[])[],
    /** `ends[k]`: how many items chunks 0..k hold together. */
    private readonly ends: readonly number[],
  ) {}

  /** A list of `items` (copied into chunks; the array is kept as this version's flat view). */
  static of<T>(items: T[]): ChunkedList<T> {
    const chunks: T[][] = [];
    const ends: number[] = [];
    for (let i = 0; i < items.length; i += CHUNK) {
      chunks.push(items.slice(i, i + CHUNK));
      ends.push(Math.min(items.length, i + CHUNK));
    }
    const list = new ChunkedList<T>(chunks, ends);
    list.flat = items;
    return list;
  }

  get size(): number {
    return this.ends.at(-1) ?? 0;
  }

  /** The item at `index` (0 ≤ index < size), else a RangeError. */
  at(index: number): T {
    if (!(index >= 0 && index < this.size))
      throw new RangeError(`index ${index} is outside 0..${this.size - 1}`);
    const k = this.chunkOf(index);
    return itemAt(itemAt(this.chunks, k), index - this.startOf(k));
  }

  /** The first index whose item is not before `probe` in `compare`'s order (the list must be in that order). */
  lowerBound(probe: T, compare: (a: T, b: T) => number): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = itemAt(this.chunks, mid);
      if (compare(itemAt(chunk, chunk.length - 1), probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.chunks.length) return this.size;
    const chunk = itemAt(this.chunks, lo);
    let a = 0;
    let b = chunk.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (compare(itemAt(chunk, mid), probe) < 0) a = mid + 1;
      else b = mid;
    }
    return this.startOf(lo) + a;
  }

  /** A new list with `item` at `index` (0 ≤ index ≤ size). */
  insert(index: number, item: T): ChunkedList<T> {
    if (!(index >= 0 && index <= this.size))
      throw new RangeError(`index ${index} is outside 0..${this.size}`);
    if (this.chunks.length === 0) return new ChunkedList([[item]], [1]);
    const k = index === this.size ? this.chunks.length - 1 : this.chunkOf(index);
    const chunk = itemAt(this.chunks, k).slice();
    chunk.splice(index - this.startOf(k), 0, item);
    if (chunk.length <= 2 * CHUNK) return this.replace(k, [chunk], 1);
    return this.replace(k, [chunk.slice(0, CHUNK), chunk.slice(CHUNK)], 1);
  }

  /** A new list without the item at `index` (0 ≤ index < size). */
  remove(index: number): ChunkedList<T> {
    if (!(index >= 0 && index < this.size))
      throw new RangeError(`index ${index} is outside 0..${this.size - 1}`);
    const k = this.chunkOf(index);
    const chunk = itemAt(this.chunks, k).slice();
    chunk.splice(index - this.startOf(k), 1);
    if (chunk.length === 0) return this.replace(k, [], 1);
    // A chunk that shrank to a quarter joins its right neighbour (split again if that grows too big).
    const next = this.chunks[k + 1];
    if (chunk.length >= CHUNK / 4 || !next) return this.replace(k, [chunk], 1);
    const joined = [...chunk, ...next];
    if (joined.length <= 2 * CHUNK) return this.replace(k, [joined], 2);
    return this.replace(k, [joined.slice(0, CHUNK), joined.slice(CHUNK)], 2);
  }

  /** Every item in order, as one array (built once per version; callers must not change it). */
  toArray(): T[] {
    if (!this.flat) {
      const out: T[] = new Array<T>(this.size);
      let to = 0;
      for (const chunk of this.chunks) for (const item of chunk) out[to++] = item;
      this.flat = out;
    }
    return this.flat;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (const chunk of this.chunks) yield* chunk;
  }

  /** This list with `count` chunks from `k` replaced by `parts`. */
  private replace(k: number, parts: readonly (readonly T[])[], count: number): ChunkedList<T> {
    const chunks = [...this.chunks.slice(0, k), ...parts, ...this.chunks.slice(k + count)];
    const ends = this.ends.slice(0, k);
    let end = this.startOf(k);
    for (let i = k; i < chunks.length; i++) {
      end += itemAt(chunks, i).length;
      ends.push(end);
    }
    return new ChunkedList(chunks, ends);
  }

  private startOf(k: number): number {
    return k === 0 ? 0 : itemAt(this.ends, k - 1);
  }

  /** The chunk holding `index` (0 ≤ index < size): the first whose end lies past it. */
  private chunkOf(index: number): number {
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (itemAt(this.ends, mid) > index) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
