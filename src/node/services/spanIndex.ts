import type { Span } from '../../shared/model';
import type { Change } from './transaction';
import { itemAt } from '../../shared/collections';

/** Span lists in the order of {@link compareSpans}: an edit can insert into them by binary search. */
const sorted = new WeakSet<readonly Span[]>();
/** Each span list's spans by id, built once per list and carried to the next list an edit makes. */
const indexes = new WeakMap<readonly Span[], Map<string, Span>>();

/** Reading order: start, then longer first, then label, then id (a total order: ids are unique). */
export function compareSpans(a: Span, b: Span): number {
  const fa = a.fragments[0];
  const fb = b.fragments[0];
  const start = (fa?.start ?? 0) - (fb?.start ?? 0);
  if (start !== 0) return start;
  const end = (fb?.end ?? 0) - (fa?.end ?? 0);
  if (end !== 0) return end;
  return cmp(a.label, b.label) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A layer's spans by id (built on first use of this list, O(1) afterwards). */
export function spanIndex(spans: readonly Span[]): ReadonlyMap<string, Span> {
  let index = indexes.get(spans);
  if (!index) {
    index = new Map(spans.map((s) => [s.id, s]));
    indexes.set(spans, index);
  }
  return index;
}

/** Spans in reading order: the stable order of layer files. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const out = [...spans].sort(compareSpans);
  sorted.add(out);
  return out;
}

/**
 * The span list after one step's changes (by id: put, or remove with null), in reading order.
 * A list this module made is already sorted: each change is a binary-search removal and
 * insertion, so an edit costs O(changes · log n) plus one copy of the list, and the list's
 * id index moves to the new list instead of being built again.
 */
export function nextSpans(
  before: readonly Span[],
  changes: ReadonlyMap<string, Change<Span>>,
): Span[] {
  if (!sorted.has(before) && isSorted(before)) sorted.add(before); // a layer as read from its file
  if (!sorted.has(before) || changes.size > 64) return sortSpans(applyChanges(before, changes));
  const index = indexes.get(before) ?? new Map(spanIndex(before));
  const out = before.slice();
  for (const [id, [, after]] of changes) {
    const current = index.get(id);
    if (current) {
      const at = lowerBound(out, current);
      if (out[at] !== current) return sortSpans(applyChanges(before, changes)); // not where order says: start over
      out.splice(at, 1);
    }
    if (after) out.splice(lowerBound(out, after), 0, after);
    if (after) index.set(id, after);
    else index.delete(id);
  }
  indexes.delete(before);
  indexes.set(out, index);
  sorted.add(out);
  return out;
}

function lowerBound(spans: readonly Span[], span: Span): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareSpans(itemAt(spans, mid), span) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function applyChanges(before: readonly Span[], changes: ReadonlyMap<string, Change<Span>>): Span[] {
  const byId = new Map(spanIndex(before));
  for (const [id, [, after]] of changes) {
    if (after) byId.set(id, after);
    else byId.delete(id);
  }
  return [...byId.values()];
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++)
    if (compareSpans(itemAt(spans, i - 1), itemAt(spans, i)) >= 0) return false;
  return true;
}
