import type { FormatDocument } from './formatDocument';
import type { Mentions } from './keptMentions';
import { readFragments, startOf, type Read } from './readFragments';
import { stableOrder } from './stableOrder';
import { weighPair, weighRun } from './weighRun';
import type { Tally } from './tally';

/** Spans in one run of overlapping spans beyond this go the general way (a run is weighed pair by pair). */
const MAX_RUN = 32;

/** Reasons as {@link keptMentions} counts them (passed in: that file imports this one). */
export interface MentionReasons {
  readonly discontinuous: string;
  readonly noToken: string;
  readonly stacked: string;
  readonly dropped: string;
}

/**
 * {@link keptMentions} for the common layer without sorting the layer in policy order, or
 * null when a run of overlapping spans is longer than 32 or a span's fragments are out of
 * order. A span kept or dropped by the policy depends only on the spans it overlaps, which
 * are all in its run (spans by start whose extents, first to last fragment, overlap one
 * after another), so each run is weighed alone and a span that overlaps nothing is kept as
 * it comes: one pass over a layer kept in order (one radix pass for one that is not) and a
 * few arrays per document instead of four sorts and a dozen arrays, which is what a project
 * of short documents and the first export in a process spent their time on. Mentions and
 * counts are the general answer's ({@link keptMentionsBySorting}).
 * @example sortedMentions(doc('Mike Pompeo', { spans: [span(0, 11, 'PERSON')] }), tally, 'longest', reasons)?.count === 1
 */
export function sortedMentions(
  doc: FormatDocument,
  tally: Tally,
  policy: 'longest' | 'first',
  reasons: MentionReasons,
): Mentions | null {
  const read = readFragments(doc);
  if (!read) return null;
  const order = read.inOrder ? null : startOrder(read, doc.spans.length);
  if (!runsFit(read, order, doc.spans.length)) return null;
  if (read.discontinuousFirst) tally.add(reasons.discontinuous, read.discontinuous);
  tally.add(reasons.noToken, read.empty);
  if (!read.discontinuousFirst) tally.add(reasons.discontinuous, read.discontinuous);
  const { start, end, first, kept } = read;
  const n = order ? order.length : doc.spans.length;
  const counts = { kept: 0, stacked: 0, dropped: 0 };
  // No closure per document: under a build that keeps function names (tsx) each costs a defineProperty.
  let run = 0; // where in the order the run of overlapping spans being read starts
  let size = 0; // spans in it (absent ones aside)
  let one = 0; // its first span
  let two = 0; // its second span
  let reach = 0;
  for (let o = 0; o <= n; o++) {
    const s = order ? (order[o] ?? 0) : o;
    const from = first[s] ?? 0;
    const to = first[s + 1] ?? 0;
    if (o < n && to === from) continue;
    if (o === n || (start[from] ?? 0) >= reach) {
      if (size === 1) kept[counts.kept++] = one;
      else if (size === 2) weighPair(doc, read, policy, one, two, counts);
      else if (size > 2) weighRun(doc, read, policy, { order, from: run, to: o }, counts);
      run = o;
      size = 0;
    }
    if (size === 0) one = s;
    else if (size === 1) two = s;
    size++;
    if ((end[to - 1] ?? 0) > reach) reach = end[to - 1] ?? 0;
  }
  tally.add(reasons.stacked, counts.stacked);
  tally.add(reasons.dropped, counts.dropped);
  return mentionsOf(read, kept.subarray(0, counts.kept));
}

/** The unsorted rest of a layer sorted as numbers (not by radix) when it is at most this share of the spans, as a shift. */
const SHORT_REST = 2;

/**
 * The spans that have a fragment, by start (then index): for a layer not kept in order. A
 * layer out of order is usually in order but for spans added at its end (the bench's
 * generated document is, with its overlapping spans after the rest): the longest prefix in
 * order is kept as it is, the rest, when it is short, sorted natively by one number a span,
 * and the two merged, two passes over the layer instead of the radix sort's five.
 */
function startOrder(read: Read, spans: number): Int32Array {
  const { first, start } = read;
  const order = new Int32Array(spans);
  let n = 0;
  let prefix = -1; // spans of `order` in order, once one out of order is met
  let before = 0;
  let last = 0;
  for (let s = 0; s < spans; s++) {
    const from = first[s] ?? 0;
    if ((first[s + 1] ?? 0) === from) continue;
    const at = start[from] ?? 0;
    if (at < before && prefix < 0) prefix = n;
    before = at;
    if (at > last) last = at;
    order[n++] = s;
  }
  const present = order.subarray(0, n);
  if (prefix < 0) return present;
  const rest = n - prefix;
  if (rest > n >> SHORT_REST) {
    const key = new Int32Array(spans);
    for (let o = 0; o < n; o++) key[order[o] ?? 0] = startOf(read, order[o] ?? 0);
    return stableOrder(present, key, last);
  }
  // `start × rest + position` as doubles (exact: below 2⁵³), sorted without a comparator.
  const keyed = new Float64Array(rest);
  for (let o = 0; o < rest; o++)
    keyed[o] = (start[first[order[prefix + o] ?? 0] ?? 0] ?? 0) * rest + o;
  keyed.sort();
  const sorted = new Int32Array(n);
  let i = 0; // next of the prefix
  let j = 0; // next of the rest, sorted
  let o = 0;
  // A tie goes to the prefix: its spans have lower indices.
  while (j < rest) {
    const r = order[prefix + ((keyed[j] ?? 0) % rest)] ?? 0;
    const rs = start[first[r] ?? 0] ?? 0;
    while (i < prefix && (start[first[order[i] ?? 0] ?? 0] ?? 0) <= rs)
      sorted[o++] = order[i++] ?? 0;
    sorted[o++] = r;
    j++;
  }
  while (i < prefix) sorted[o++] = order[i++] ?? 0;
  return sorted;
}

/** Whether no run of overlapping spans (in `order`, or the layer's own) is longer than {@link MAX_RUN}. */
function runsFit(read: Read, order: Int32Array | null, spans: number): boolean {
  const { end, first } = read;
  const n = order ? order.length : spans;
  let run = 0;
  let reach = 0;
  for (let o = 0; o < n; o++) {
    const s = order ? (order[o] ?? 0) : o;
    const to = first[s + 1] ?? 0;
    if (to === (first[s] ?? 0)) continue;
    run = startOf(read, s) < reach ? run + 1 : 1;
    if (run > MAX_RUN) return false;
    if ((end[to - 1] ?? 0) > reach) reach = end[to - 1] ?? 0;
  }
  return true;
}

/**
 * The kept spans' fragments in text order (by start, then end), each with its span. Spans
 * come by start; only fragments of discontinuous spans can come out of order, and then
 * the fragments are sorted.
 */
function mentionsOf(read: Read, kept: Int32Array): Mentions {
  const { first } = read;
  let count = 0;
  // Indexed loops: the first export in a process runs this unoptimized, where `for…of` costs a call per step.
  for (let j = 0; j < kept.length; j++) {
    const s = kept[j] ?? 0;
    count += (first[s + 1] ?? 0) - (first[s] ?? 0);
  }
  const buffer = new Int32Array(3 * count);
  const start = buffer.subarray(0, count);
  const end = buffer.subarray(count, 2 * count);
  const span = buffer.subarray(2 * count);
  // Kept fragments do not overlap, so start alone orders them. Spans come by start: only a
  // later fragment of a discontinuous span is out of place, and an insertion moves it back
  // past the few fragments inside its gap. A layer that would move too many is sorted by radix.
  let budget = count * 4;
  let i = 0;
  for (let j = 0; j < kept.length && budget > 0; j++) {
    const s = kept[j] ?? 0;
    for (let k = first[s] ?? 0; k < (first[s + 1] ?? 0); k++) {
      const from = read.start[k] ?? 0;
      let at = i;
      for (; at > 0 && (start[at - 1] ?? 0) > from && budget > 0; at--, budget--) {
        start[at] = start[at - 1] ?? 0;
        end[at] = end[at - 1] ?? 0;
        span[at] = span[at - 1] ?? 0;
      }
      start[at] = from;
      end[at] = read.end[k] ?? 0;
      span[at] = s;
      i++;
    }
  }
  if (budget > 0) return { count, start, end, span };
  i = 0;
  for (let j = 0; j < kept.length; j++) {
    const s = kept[j] ?? 0;
    for (let k = first[s] ?? 0; k < (first[s + 1] ?? 0); k++) {
      start[i] = read.start[k] ?? 0;
      end[i] = read.end[k] ?? 0;
      span[i] = s;
      i++;
    }
  }
  // By start, then end, in linear time (two stable radix passes): a long document has
  // tens of thousands of fragments and a comparator would run as JavaScript for each pair.
  let last = 0;
  for (let j = 0; j < count; j++) if ((end[j] ?? 0) > last) last = end[j] ?? 0;
  const identity = new Int32Array(count);
  for (let j = 0; j < count; j++) identity[j] = j;
  const order = stableOrder(stableOrder(identity, end, last), start, last);
  const sortedBuffer = new Int32Array(3 * count);
  for (let j = 0; j < count; j++) {
    const from = order[j] ?? 0;
    sortedBuffer[j] = start[from] ?? 0;
    sortedBuffer[count + j] = end[from] ?? 0;
    sortedBuffer[2 * count + j] = span[from] ?? 0;
  }
  return {
    count,
    start: sortedBuffer.subarray(0, count),
    end: sortedBuffer.subarray(count, 2 * count),
    span: sortedBuffer.subarray(2 * count),
  };
}
