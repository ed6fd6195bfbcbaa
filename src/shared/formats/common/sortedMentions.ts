import type { FormatDocument } from './formatDocument';
import type { Mentions } from './keptMentions';
import { stableOrder } from './stableOrder';
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

/** Non-empty fragments by span (span `s` owns [first[s], first[s + 1])) and what reading them counted. */
interface Read {
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

/** Where a span's first non-empty fragment starts. */
function startOf(read: Read, s: number): number {
  return read.start[read.first[s] ?? 0] ?? 0;
}

/** The spans that have a fragment, by start (then index): for a layer not kept in order. */
function startOrder(read: Read, spans: number): Int32Array {
  const { first } = read;
  const present: number[] = [];
  const key = new Int32Array(spans);
  let last = 0;
  for (let s = 0; s < spans; s++) {
    if ((first[s + 1] ?? 0) === (first[s] ?? 0)) continue;
    present.push(s);
    key[s] = startOf(read, s);
    if ((key[s] ?? 0) > last) last = key[s] ?? 0;
  }
  return stableOrder(Int32Array.from(present), key, last);
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
 * The non-empty fragments of every span, or null when a span's fragments are out of order
 * or overlap. Counts nothing until the layer is known to fit:
 * discontinuous spans and empty fragments are counted at the end, in the order
 * {@link keptMentions} meets them.
 */
function readFragments(doc: FormatDocument): Read | null {
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

/** A run of overlapping spans: positions [from, to) of `order` (null: the layer's own order). */
interface Run {
  readonly order: Int32Array | null;
  readonly from: number;
  readonly to: number;
}

/**
 * One run of overlapping spans: stacked copies (same fragments and label as a span weighed
 * before) left out and counted, then each span in policy order kept unless it overlaps one
 * kept before it. The kept spans are added to `read.kept` by start (then index).
 */
function weighRun(
  doc: FormatDocument,
  read: Read,
  policy: 'longest' | 'first',
  run: Run,
  counts: { kept: number; stacked: number; dropped: number },
): void {
  const { first } = read;
  const weighed: number[] = [];
  for (let o = run.from; o < run.to; o++) {
    const s = run.order ? (run.order[o] ?? 0) : o;
    if ((first[s + 1] ?? 0) === (first[s] ?? 0)) continue;
    // Insertion in policy order: a run holds a few spans.
    let at = weighed.length;
    while (at > 0 && weighsBefore(read, policy, s, weighed[at - 1] ?? 0)) at--;
    weighed.splice(at, 0, s);
  }
  const distinct: number[] = [];
  const kept: number[] = [];
  for (const s of weighed) {
    if (sameAsOne(doc, read, distinct, s)) {
      counts.stacked++;
      continue;
    }
    distinct.push(s);
    if (overlapsOne(read, kept, s)) counts.dropped++;
    else kept.push(s);
  }
  kept.sort((a, b) => startOf(read, a) - startOf(read, b) || a - b);
  for (const s of kept) read.kept[counts.kept++] = s;
}

/**
 * {@link weighRun} of the commonest run, two spans (one after the other by start): no list,
 * no sort. The one weighed second is a stacked copy of the first, or dropped when they share
 * a code point (two spans of one fragment in a run always do), or kept beside it.
 */
function weighPair(
  doc: FormatDocument,
  read: Read,
  policy: 'longest' | 'first',
  one: number,
  two: number,
  counts: { kept: number; stacked: number; dropped: number },
): void {
  const swap = weighsBefore(read, policy, two, one);
  const heavier = swap ? two : one;
  const lighter = swap ? one : two;
  if (sameMention(doc, read, heavier, lighter)) counts.stacked++;
  else if (overlap(read, heavier, lighter)) counts.dropped++;
  else {
    // Both kept (a discontinuous span with the other in its gap): by start, then index.
    const before =
      startOf(read, two) - startOf(read, one) < 0 ||
      (startOf(read, two) === startOf(read, one) && two < one);
    read.kept[counts.kept++] = before ? two : one;
    read.kept[counts.kept++] = before ? one : two;
    return;
  }
  read.kept[counts.kept++] = heavier;
}

/** Whether span a comes before span b in the policy's order (spans of a run are few: compared one by one). */
function weighsBefore(read: Read, policy: 'longest' | 'first', a: number, b: number): boolean {
  const { start, first, length } = read;
  const at = (start[first[a] ?? 0] ?? 0) - (start[first[b] ?? 0] ?? 0);
  const longer = (length[b] ?? 0) - (length[a] ?? 0);
  const order = policy === 'longest' ? longer || at || a - b : at || longer || a - b;
  return order < 0;
}

/** Whether span s has the fragments and label of one of `spans`. */
function sameAsOne(doc: FormatDocument, read: Read, spans: readonly number[], s: number): boolean {
  for (const d of spans) if (sameMention(doc, read, d, s)) return true;
  return false;
}

/** Whether span s shares a code point with one of `spans`. */
function overlapsOne(read: Read, spans: readonly number[], s: number): boolean {
  for (const k of spans) if (overlap(read, k, s)) return true;
  return false;
}

/** Whether spans a and b have the same fragments and label. */
function sameMention(doc: FormatDocument, read: Read, a: number, b: number): boolean {
  const { start, end, first } = read;
  const n = (first[a + 1] ?? 0) - (first[a] ?? 0);
  if ((first[b + 1] ?? 0) - (first[b] ?? 0) !== n) return false;
  for (let k = 0; k < n; k++) {
    const ka = (first[a] ?? 0) + k;
    const kb = (first[b] ?? 0) + k;
    if (start[ka] !== start[kb] || end[ka] !== end[kb]) return false;
  }
  return doc.spans[a]?.label === doc.spans[b]?.label;
}

/** Whether a fragment of span a shares a code point with one of span b. */
function overlap(read: Read, a: number, b: number): boolean {
  const { start, end, first } = read;
  for (let i = first[a] ?? 0; i < (first[a + 1] ?? 0); i++)
    for (let j = first[b] ?? 0; j < (first[b + 1] ?? 0); j++)
      if ((start[i] ?? 0) < (end[j] ?? 0) && (start[j] ?? 0) < (end[i] ?? 0)) return true;
  return false;
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
