import type { FormatDocument } from './formatDocument';

/** Non-empty fragments by span (span `s` owns [first[s], first[s + 1])) and what reading them counted. */
export interface Read {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly first: Int32Array;
  /** Code points a span covers over all its fragments. */
  readonly length: Int32Array;
  /** Room for the kept spans, by start. */
  readonly kept: Int32Array;
  readonly discontinuous: number;
  readonly empty: number;
  /** Whether a discontinuous span came before the first empty fragment (the order a tally names reasons in). */
  readonly discontinuousFirst: boolean;
  /** Whether the spans come in order of their first fragment, as a layer keeps them. */
  readonly inOrder: boolean;
}

/**
 * The non-empty fragments of every span, or null when a span's fragments are out of order
 * or overlap. Counts nothing until the layer is known to fit:
 * discontinuous spans and empty fragments are counted at the end, in the order
 * {@link keptMentions} meets them.
 */
export function readFragments(doc: FormatDocument): Read | null {
  const spans = doc.spans;
  const n = spans.length;
  // One allocation for the arrays of a document (a typed array of its own costs about a microsecond).
  const room = n + (n >> 3) + 8; // room for some discontinuous spans before the arrays must grow
  const buffer = new Int32Array(2 * room + 3 * n + 1);
  let start: Int32Array = buffer.subarray(0, room);
  let end: Int32Array = buffer.subarray(room, 2 * room);
  const first = buffer.subarray(2 * room, 2 * room + n + 1);
  const length = buffer.subarray(2 * room + n + 1, 2 * room + 2 * n + 1);
  const kept = buffer.subarray(2 * room + 2 * n + 1);
  let k = 0;
  let before = 0; // start of the last span read
  let inOrder = true;
  let discontinuous = 0;
  let empty = 0;
  let discontinuousFirst = false;
  for (let s = 0; s < n; s++) {
    first[s] = k;
    const fragments = spans[s]?.fragments ?? [];
    if (fragments.length > 1) {
      if (discontinuous === 0 && empty === 0) discontinuousFirst = true;
      discontinuous++;
    }
    let last = -1; // end of the span's last fragment, to check their order
    for (let f = 0; f < fragments.length; f++) {
      const fragment = fragments[f];
      const from = fragment?.start ?? 0;
      const to = fragment?.end ?? 0;
      if (to <= from) {
        empty++;
        continue;
      }
      if (from < last) return null;
      last = to;
      if (k === start.length) {
        start = grown(start);
        end = grown(end);
      }
      start[k] = from;
      end[k] = to;
      length[s] = (length[s] ?? 0) + to - from;
      k++;
    }
    if (k === first[s]) continue;
    const from = start[first[s] ?? 0] ?? 0;
    if (from < before) inOrder = false;
    before = from;
  }
  first[n] = k;
  return { start, end, first, length, kept, discontinuous, empty, discontinuousFirst, inOrder };
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Where a span's first non-empty fragment starts. */
export function startOf(read: Read, s: number): number {
  return read.start[read.first[s] ?? 0] ?? 0;
}
