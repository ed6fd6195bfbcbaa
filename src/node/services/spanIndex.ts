import { ChunkedList, itemAt } from '../../shared/collections';
import type { Layer, Span } from '../../shared/model';
import type { Change } from './transaction';
import { rememberItemEdit, rememberSpanList, spanListOf, spansKey } from '../store';

/** Span arrays known to be in the order of {@link compareSpans}, and those known not to be. */
const sorted = new WeakSet<readonly Span[]>();
const unsorted = new WeakSet<readonly Span[]>();
/** Each span list's spans by id, built once per list and carried to the next list an edit makes. */
const indexes = new WeakMap<object, Map<string, Span>>();

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

/** A layer's spans by id (built on first use of its span list, O(1) afterwards). */
export function spanIndexOf(layer: Layer): ReadonlyMap<string, Span> {
  return indexFor(layer);
}

/** The index {@link spanIndexOf} answers with, which an edit moves on to the list it makes. */
function indexFor(layer: Layer): Map<string, Span> {
  const key = sortedList(layer) ?? spansKey(layer);
  let index = indexes.get(key);
  if (!index) {
    index = new Map();
    for (const span of spanListOf(layer) ?? layer.spans) index.set(span.id, span);
    indexes.set(key, index);
  }
  return index;
}

/**
 * Builds a layer's span list and id index once the current task is done (after an open has
 * answered), so the first edit after opening a large layer does not pay for them: O(n) once,
 * off the edit's path. An edit that comes first builds them itself.
 */
export function prepareForEdits(layer: Layer): void {
  setImmediate(() => void spanIndexOf(layer));
}

/** Spans in reading order: the stable order of layer files. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const out = [...spans].sort(compareSpans);
  sorted.add(out);
  return out;
}

/**
 * The layer's span list after one step's changes (by id: put, or remove with null), in
 * reading order. From a list in that order each change is a binary-search removal and
 * insertion into a ChunkedList (one chunk copied, not the layer), the list's id index moves
 * to the new list instead of being built again, and the edit (puts at their index, removed
 * ids) is recorded for the save, which then need not compare the two lists.
 */
export function nextSpans(
  before: Layer,
  changes: ReadonlyMap<string, Change<Span>>,
): ChunkedList<Span> {
  const base = sortedList(before);
  if (!base || changes.size > 64) return resorted(before, changes);
  const index = indexFor(before);
  let list = base;
  const remove: string[] = [];
  for (const [id, [, after]] of changes) {
    const current = index.get(id);
    if (current) {
      const at = list.lowerBound(current, compareSpans);
      if (at >= list.size || list.at(at) !== current) return resorted(before, changes); // not where order says
      list = list.remove(at);
      if (!after) remove.push(id);
    }
    if (after) list = list.insert(list.lowerBound(after, compareSpans), after);
  }
  if (list === base) return base; // nothing changed
  const put: { at: number; item: Span }[] = [];
  for (const [id, [, after]] of changes) {
    if (after) put.push({ at: list.lowerBound(after, compareSpans), item: after });
    if (after) index.set(id, after);
    else index.delete(id);
  }
  indexes.delete(base);
  indexes.set(list, index);
  rememberItemEdit(spansKey(before), list, { put, remove });
  return list;
}

/** The list behind a layer's spans when they are in reading order (a layer's sorted file spans are wrapped once), else null. */
function sortedList(layer: Layer): ChunkedList<Span> | null {
  const known = spanListOf(layer);
  if (known) return known;
  const spans = layer.spans;
  if (unsorted.has(spans)) return null;
  if (!sorted.has(spans) && !isSorted(spans)) {
    unsorted.add(spans);
    return null;
  }
  const list = ChunkedList.of(spans);
  rememberSpanList(spans, list);
  return list;
}

/** The changes applied by id and the whole list sorted again (a list out of order, a large step). */
function resorted(before: Layer, changes: ReadonlyMap<string, Change<Span>>): ChunkedList<Span> {
  const byId = new Map(spanIndexOf(before));
  for (const [id, [, after]] of changes) {
    if (after) byId.set(id, after);
    else byId.delete(id);
  }
  return ChunkedList.of(sortSpans([...byId.values()]));
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++)
    if (compareSpans(itemAt(spans, i - 1), itemAt(spans, i)) >= 0) return false;
  return true;
}
