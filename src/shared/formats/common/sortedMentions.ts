import type { FormatDocument } from './formatDocument';
import type { Mentions } from './keptMentions';
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
  /** Room for the kept spans, in layer order. */
  readonly kept: Int32Array;
  readonly discontinuous: number;
  readonly empty: number;
  /** Whether a discontinuous span came before the first empty fragment (the order a tally names reasons in). */
  readonly discontinuousFirst: boolean;
}

/**
 * {@link keptMentions} for the common layer, without sorting the layer, or null when the layer
 * is not one: spans in order of their first fragment (as a layer keeps them), each span's
 * fragments in order, no run of overlapping spans longer than 32. A span kept or dropped
 * by the policy depends only on the spans it overlaps, which are all in its run (spans
 * whose extents from first to last fragment overlap, one after another), so each run is
 * weighed alone and a span that overlaps nothing is kept as it comes: one pass and a few
 * arrays per document instead of two sorts and a dozen arrays, which is what a project of
 * short documents spent its export on. Mentions and counts are the general answer's.
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
  if (read.discontinuousFirst) tally.add(reasons.discontinuous, read.discontinuous);
  tally.add(reasons.noToken, read.empty);
  if (!read.discontinuousFirst) tally.add(reasons.discontinuous, read.discontinuous);
  const { start, end, first, kept } = read;
  const n = doc.spans.length;
  const counts = { kept: 0, stacked: 0, dropped: 0 };
  // No closure per document: under a build that keeps function names (tsx) each costs a defineProperty.
  let run = 0; // first span of the run of overlapping spans being read
  let size = 0; // spans in it (absent ones aside)
  let reach = 0;
  for (let s = 0; s <= n; s++) {
    const from = first[s] ?? 0;
    const to = first[s + 1] ?? 0;
    if (s < n && to === from) continue;
    if (s === n || (start[from] ?? 0) >= reach) {
      if (size === 1) kept[counts.kept++] = run;
      else if (size > 1) weighRun(doc, read, policy, run, s, counts);
      run = s;
      size = 0;
    }
    size++;
    if ((end[to - 1] ?? 0) > reach) reach = end[to - 1] ?? 0;
  }
  tally.add(reasons.stacked, counts.stacked);
  tally.add(reasons.dropped, counts.dropped);
  return mentionsOf(read, kept.subarray(0, counts.kept));
}

/**
 * The non-empty fragments of every span, or null when spans or fragments are out of order
 * or a run of overlapping spans is too long. Counts nothing until the layer is known to fit:
 * discontinuous spans and empty fragments are counted at the end, in the order
 * {@link keptMentions} meets them.
 */
function readFragments(doc: FormatDocument): Read | null {
  const spans = doc.spans;
  const n = spans.length;
  // One allocation for the arrays of a document (a typed array of its own costs about a microsecond).
  const room = n + 8;
  const buffer = new Int32Array(2 * room + 3 * n + 1);
  let start: Int32Array = buffer.subarray(0, room);
  let end: Int32Array = buffer.subarray(room, 2 * room);
  const first = buffer.subarray(2 * room, 2 * room + n + 1);
  const length = buffer.subarray(2 * room + n + 1, 2 * room + 2 * n + 1);
  const kept = buffer.subarray(2 * room + 2 * n + 1);
  let k = 0;
  let before = 0; // start of the last span read
  let reach = 0; // end of the run of overlapping spans so far
  let run = 0;
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
    if (from < before) return null;
    before = from;
    run = from < reach ? run + 1 : 1;
    if (run > MAX_RUN) return null;
    reach = Math.max(reach, last);
  }
  first[n] = k;
  return { start, end, first, length, kept, discontinuous, empty, discontinuousFirst };
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * One run of overlapping spans, [from, to) in layer order: stacked copies (same fragments and
 * label as a span weighed before) left out and counted, then each span in policy order kept
 * unless it overlaps one kept before it. The kept spans are added to `read.kept` in layer order.
 */
function weighRun(
  doc: FormatDocument,
  read: Read,
  policy: 'longest' | 'first',
  from: number,
  to: number,
  counts: { kept: number; stacked: number; dropped: number },
): void {
  const { first } = read;
  const order: number[] = [];
  for (let s = from; s < to; s++) {
    if ((first[s + 1] ?? 0) === (first[s] ?? 0)) continue;
    // Insertion in policy order: a run holds a few spans.
    let at = order.length;
    while (at > 0 && weighsBefore(read, policy, s, order[at - 1] ?? 0)) at--;
    order.splice(at, 0, s);
  }
  const distinct: number[] = [];
  const kept: number[] = [];
  for (const s of order) {
    if (sameAsOne(doc, read, distinct, s)) {
      counts.stacked++;
      continue;
    }
    distinct.push(s);
    if (overlapsOne(read, kept, s)) counts.dropped++;
    else kept.push(s);
  }
  kept.sort((a, b) => a - b);
  for (const s of kept) read.kept[counts.kept++] = s;
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
 * come in layer order; only fragments of discontinuous spans can come out of order, and
 * then the fragments are sorted (runs do not share code points, so no fragment leaves its run).
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
  let i = 0;
  let sorted = true;
  for (let j = 0; j < kept.length; j++) {
    const s = kept[j] ?? 0;
    for (let k = first[s] ?? 0; k < (first[s + 1] ?? 0); k++) {
      start[i] = read.start[k] ?? 0;
      end[i] = read.end[k] ?? 0;
      span[i] = s;
      if (i > 0 && (start[i] ?? 0) < (start[i - 1] ?? 0)) sorted = false;
      i++;
    }
  }
  if (sorted) return { count, start, end, span };
  const order = Array.from({ length: count }, (_, j) => j).sort(
    (a, b) => (start[a] ?? 0) - (start[b] ?? 0) || (end[a] ?? 0) - (end[b] ?? 0),
  );
  return {
    count,
    start: Int32Array.from(order, (j) => start[j] ?? 0),
    end: Int32Array.from(order, (j) => end[j] ?? 0),
    span: Int32Array.from(order, (j) => span[j] ?? 0),
  };
}
