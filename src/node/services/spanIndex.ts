import type { Span } from '../../shared/model';
import type { Change } from './transaction';
import { itemAt } from '../../shared/collections';
import { rememberItemEdit } from '../store';

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
 * insertion into one copy of the list, the list's id index moves to the new list instead of
 * being built again, and the edit (puts at their index, removed ids) is recorded for the save,
 * which then need not compare the two lists.
 */
export function nextSpans(
  before: readonly Span[],
  changes: ReadonlyMap<string, Change<Span>>,
): Span[] {
  if (!sorted.has(before) && isSorted(before)) sorted.add(before); // a layer as read from its file
  if (!sorted.has(before) || changes.size > 64) return sortSpans(applyChanges(before, changes));
  const index = indexes.get(before) ?? new Map(spanIndex(before));
  // The first change copies the list once, with the change made in the same pass; later ones change that copy.
  let out: Span[] | null = null;
  const change = (at: number, removing: 0 | 1, item?: Span): void => {
    if (!out) out = copyWith(before, at, removing, item);
    else if (item) out.splice(at, removing, item);
    else out.splice(at, removing);
  };
  const remove: string[] = [];
  for (const [id, [, after]] of changes) {
    const current = index.get(id);
    if (current) {
      const at = lowerBound(out ?? before, current);
      if ((out ?? before)[at] !== current) return sortSpans(applyChanges(before, changes)); // not where order says: start over
      change(at, 1);
      if (!after) remove.push(id);
    }
    if (after) change(lowerBound(out ?? before, after), 0, after);
  }
  if (!out) return before.slice(); // nothing changed
  const put: { at: number; item: Span }[] = [];
  for (const [id, [, after]] of changes) {
    if (after) put.push({ at: lowerBound(out, after), item: after });
    if (after) index.set(id, after);
    else index.delete(id);
  }
  indexes.delete(before);
  indexes.set(out, index);
  sorted.add(out);
  rememberItemEdit(before, out, { put, remove });
  return out;
}

/** `list` with `removing` items at `at` left out and `item` (if any) put there, in one pass. */
function copyWith(list: readonly Span[], at: number, removing: 0 | 1, item?: Span): Span[] {
  const size = list.length - removing + (item ? 1 : 0);
  const out = new Array<Span>(size);
  let to = 0;
  for (let i = 0; i < at; i++) out[to++] = itemAt(list, i);
  if (item) out[to++] = item;
  for (let i = at + removing; i < list.length; i++) out[to++] = itemAt(list, i);
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
