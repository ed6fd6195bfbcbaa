import type { FormatDocument } from './formatDocument';
import { NAMED_PAIRS, SpanOverlapError } from './spanOverlapError';
import type { OverlapPair, OverlapSide } from './spanOverlapError';
import type { OverlapPolicy } from './overlapPolicy';
import { sortedMentions } from './sortedMentions';
import { stableOrder } from './stableOrder';
import type { Tally } from './tally';

/** Reasons counted while tagging, shared by every token-based writer. */
export const IOB_REASONS = {
  noToken: 'span covering no token dropped',
  longest: 'overlapping span dropped (--overlaps longest: kept the longest, then the earliest)',
  first: 'overlapping span dropped (--overlaps first: kept the earliest, then the longest)',
  discontinuous: 'discontinuous span tagged as separate mentions',
  trimmed: 'span edge on whitespace moved to the first or last word',
  stacked: 'span with the same label and offsets as another written once',
} as const;

/**
 * The fragments to tag as parallel arrays (no object per fragment: a long document has
 * tens of thousands), in text order: code point `start`/`end` and the index of the span
 * in the document.
 */
export interface Mentions {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly span: Int32Array;
}

/** Every non-empty fragment, grouped by span: span `s` owns fragments [first[s], first[s + 1]). */
interface Fragments {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly first: Int32Array;
  /** Code points a span covers over all its fragments. */
  readonly length: Int32Array;
}

/**
 * The fragments to tag, once stacked copies are gone and `overlaps` is applied. The policy
 * works on whole spans: a discontinuous span is kept or dropped with all its fragments
 * (`longest` measures a span by the code points of all its fragments, ties go to the
 * earliest). `error` throws {@link SpanOverlapError} naming the first overlaps.
 * @example keptMentions(doc, tally, 'longest').count
 */
export function keptMentions(doc: FormatDocument, tally: Tally, overlaps: OverlapPolicy): Mentions {
  if (overlaps !== 'error') {
    const { discontinuous, noToken, stacked } = IOB_REASONS;
    const dropped = IOB_REASONS[overlaps];
    const sorted = sortedMentions(doc, tally, overlaps, {
      discontinuous,
      noToken,
      stacked,
      dropped,
    });
    if (sorted) return sorted;
  }
  return keptMentionsBySorting(doc, tally, overlaps);
}

/**
 * {@link keptMentions} the general way, for any order of spans and fragments: spans sorted
 * in policy order, stacked copies left out, then kept unless they overlap one kept before.
 * @example keptMentionsBySorting(doc, tally, 'first').count
 */
export function keptMentionsBySorting(
  doc: FormatDocument,
  tally: Tally,
  overlaps: OverlapPolicy,
): Mentions {
  const f = fragmentsOf(doc, tally);
  const distinct = withoutStacked(doc, f, policyOrder(f, doc.spans.length, overlaps), tally);
  if (overlaps === 'error') return refuseOverlaps(doc, f, distinct);
  const kept = keptOf(f, distinct, doc.text.length);
  tally.add(IOB_REASONS[overlaps], distinct.length - kept.length);
  // In span order (a layer keeps its spans by start), the fragments come nearly in text order.
  return inTextOrder(f, kept.sort());
}

/** Code points per flag of `inner` in {@link keptOf}, as a shift. */
const INNER_BLOCK = 4;

/**
 * The spans of `order` (weighed by the policy) that overlap no span kept before them. A
 * fragment is told by its first and last code point, not every one: a span weighed earlier
 * is at least as long (`longest`) or starts no later (`first`), so when it is one fragment
 * and overlaps this one it covers one of those two. A fragment of a discontinuous span can
 * lie inside this one instead; blocks of 16 code points where such a fragment starts are
 * flagged (`inner`), and only a fragment over a flagged block is scanned code point by code
 * point. The first export in a process runs this unoptimized: two reads a fragment, not twenty.
 */
function keptOf(f: Fragments, order: ArrayLike<number>, length: number): Int32Array {
  const taken = new Uint8Array(length + 1);
  const inner = new Uint8Array((length >> INNER_BLOCK) + 1);
  const kept = new Int32Array(order.length);
  let count = 0;
  for (let d = 0; d < order.length; d++) {
    const s = order[d] ?? 0;
    const from = f.first[s] ?? 0;
    const to = f.first[s + 1] ?? 0;
    let free = true;
    for (let k = from; k < to && free; k++) {
      const start = f.start[k] ?? 0;
      const end = f.end[k] ?? 0;
      free = taken[start] === 0 && taken[end - 1] === 0;
      let flagged = false;
      for (let b = (start + 1) >> INNER_BLOCK; b <= (end - 2) >> INNER_BLOCK && !flagged; b++)
        flagged = inner[b] === 1;
      if (free && flagged) free = noneTaken(taken, start, end);
    }
    if (!free) continue;
    for (let k = from; k < to; k++) {
      taken.fill(1, f.start[k], f.end[k]);
      if (to - from > 1) inner[(f.start[k] ?? 0) >> INNER_BLOCK] = 1;
    }
    kept[count++] = s;
  }
  return kept.subarray(0, count);
}

/** Whether no code point of [from, to) is taken. */
function noneTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i] !== 0) return false;
  return true;
}

/**
 * The spans that have a fragment in the order a policy weighs them: `longest` by length
 * (longest first), then start, then index; `first` and `error` by start, then length
 * (longest first), then index. Two stable radix passes, least significant key first.
 */
function policyOrder(f: Fragments, spans: number, overlaps: OverlapPolicy): Int32Array {
  const present: number[] = [];
  let longest = 0;
  let last = 0;
  for (let s = 0; s < spans; s++) {
    if ((f.first[s + 1] ?? 0) <= (f.first[s] ?? 0)) continue;
    present.push(s);
    longest = Math.max(longest, f.length[s] ?? 0);
    last = Math.max(last, f.start[f.first[s] ?? 0] ?? 0);
  }
  const startKey = new Int32Array(spans);
  const shortnessKey = new Int32Array(spans); // longest first: ascending in what is missing from the longest
  for (let p = 0; p < present.length; p++) {
    const s = present[p] ?? 0;
    startKey[s] = f.start[f.first[s] ?? 0] ?? 0;
    shortnessKey[s] = longest - (f.length[s] ?? 0);
  }
  const order = Int32Array.from(present);
  return overlaps === 'longest'
    ? stableOrder(stableOrder(order, startKey, last), shortnessKey, longest)
    : stableOrder(stableOrder(order, shortnessKey, longest), startKey, last);
}

/** The non-empty fragments of every span, each span's in text order; empty ones are counted. */
function fragmentsOf(doc: FormatDocument, tally: Tally): Fragments {
  const spans = doc.spans;
  let total = 0;
  for (let s = 0; s < spans.length; s++) total += spans[s]?.fragments.length ?? 0;
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  const first = new Int32Array(spans.length + 1);
  const length = new Int32Array(spans.length);
  let n = 0;
  for (let s = 0; s < spans.length; s++) {
    first[s] = n;
    const fragments = spans[s]?.fragments ?? [];
    if (fragments.length > 1) tally.add(IOB_REASONS.discontinuous);
    const sorted =
      fragments.length > 1 ? [...fragments].sort((a, b) => a.start - b.start) : fragments;
    for (let k = 0; k < sorted.length; k++) {
      const fragment = sorted[k];
      if (!fragment || fragment.end <= fragment.start) {
        tally.add(IOB_REASONS.noToken);
        continue;
      }
      start[n] = fragment.start;
      end[n] = fragment.end;
      length[s] = (length[s] ?? 0) + fragment.end - fragment.start;
      n++;
    }
  }
  first[spans.length] = n;
  return { start, end, first, length };
}

/**
 * `spans` (sorted so that spans of one start and length are together, lowest index first)
 * without stacked copies: a span with the same label and fragments as an earlier one is
 * counted and left out.
 */
function withoutStacked(
  doc: FormatDocument,
  f: Fragments,
  spans: Int32Array,
  tally: Tally,
): number[] {
  const same = (a: number, b: number): boolean => {
    const n = (f.first[a + 1] ?? 0) - (f.first[a] ?? 0);
    if ((f.first[b + 1] ?? 0) - (f.first[b] ?? 0) !== n) return false;
    for (let k = 0; k < n; k++) {
      const ka = (f.first[a] ?? 0) + k;
      const kb = (f.first[b] ?? 0) + k;
      if (f.start[ka] !== f.start[kb] || f.end[ka] !== f.end[kb]) return false;
    }
    return doc.spans[a]?.label === doc.spans[b]?.label;
  };
  const kept: number[] = [];
  let run = 0; // first of the kept spans with the current start and length
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] ?? 0;
    const head = kept[run];
    if (
      head === undefined ||
      f.start[f.first[head] ?? 0] !== f.start[f.first[s] ?? 0] ||
      f.length[head] !== f.length[s]
    )
      run = kept.length;
    let stacked = false;
    for (let j = run; j < kept.length && !stacked; j++) stacked = same(kept[j] ?? 0, s);
    if (stacked) tally.add(IOB_REASONS.stacked);
    else kept.push(s);
  }
  return kept;
}

/** The fragments of the kept spans sorted by start, then end. */
function inTextOrder(f: Fragments, kept: ArrayLike<number>): Mentions {
  const { first } = f;
  let total = 0;
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i] ?? 0;
    total += (first[s + 1] ?? 0) - (first[s] ?? 0);
  }
  let order: Int32Array = new Int32Array(total);
  let n = 0;
  let sorted = true;
  let before = -1; // start of the fragment last put in order
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i] ?? 0;
    for (let k = first[s] ?? 0; k < (first[s + 1] ?? 0); k++) {
      const start = f.start[k] ?? 0;
      if (start < before) sorted = false;
      before = start;
      order[n++] = k;
    }
  }
  // By start, then end, in linear time: a long document has tens of thousands of fragments.
  if (!sorted) {
    let last = 0;
    for (let k = 0; k < f.end.length; k++) last = Math.max(last, f.end[k] ?? 0);
    order = stableOrder(stableOrder(order, f.end, last), f.start, last);
  }
  const owner = new Int32Array(f.start.length);
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i] ?? 0;
    owner.fill(s, first[s], first[s + 1]);
  }
  const start = new Int32Array(total);
  const end = new Int32Array(total);
  const span = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const k = order[i] ?? 0;
    start[i] = f.start[k] ?? 0;
    end[i] = f.end[k] ?? 0;
    span[i] = owner[k] ?? 0;
  }
  return { count: total, start, end, span };
}

/**
 * All fragments in text order, or a {@link SpanOverlapError} counting every overlapping pair of
 * fragments of different spans and naming the first ones. The fragments still open at a start
 * are as many as the spans nested there, so the count costs little beyond the pairs.
 */
function refuseOverlaps(doc: FormatDocument, f: Fragments, spans: readonly number[]): Mentions {
  const all = inTextOrder(f, spans);
  const pairs: OverlapPair[] = [];
  let total = 0;
  const open: number[] = []; // fragments not yet ended, compacted in place
  for (let i = 0; i < all.count; i++) {
    const start = all.start[i] ?? 0;
    let still = 0;
    for (const k of open) {
      if ((all.end[k] ?? 0) <= start) continue;
      open[still++] = k;
      if (all.span[k] === all.span[i]) continue;
      total++;
      if (pairs.length < NAMED_PAIRS) pairs.push([sideOf(doc, all, k), sideOf(doc, all, i)]);
    }
    open.length = still;
    open.push(i);
  }
  if (total === 0) return all;
  throw new SpanOverlapError(doc.name, pairs, total);
}

/** Fragment `i` as a refusal names it: label, offsets and its text cut to 40 characters. */
function sideOf(doc: FormatDocument, all: Mentions, i: number): OverlapSide {
  const start = all.start[i] ?? 0;
  const end = all.end[i] ?? 0;
  const chars = [...doc.text.slice(0, Math.min(doc.text.length, 2 * end + 2))];
  const text = chars.slice(start, end).join('');
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return { label: doc.spans[all.span[i] ?? 0]?.label ?? '', start, end, text: shown };
}
