import type { FormatDocument } from './formatDocument';
import { startOf, type Read } from './readFragments';

/** A run of overlapping spans: positions [from, to) of `order` (null: the layer's own order). */
export interface Run {
  readonly order: Int32Array | null;
  readonly from: number;
  readonly to: number;
}

/**
 * One run of overlapping spans: stacked copies (same fragments and label as a span weighed
 * before) left out and counted, then each span in policy order kept unless it overlaps one
 * kept before it. The kept spans are added to `read.kept` by start (then index).
 */
export function weighRun(
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
export function weighPair(
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
