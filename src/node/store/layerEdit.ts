import type { z } from 'zod';
import {
  eventSchema,
  layerSchema,
  relationSchema,
  spanSchema,
  stanceSchema,
} from '../../shared/model';
import { keepProtoFields, type Layer, type Span } from '../../shared/model';
import { itemAt } from '../../shared/collections';
import { knownItemEdit } from './knownItemEdit';
import { spansKey } from './layerSpans';

/** Lists of a layer whose items carry an id: an edit puts and removes items by id. */
export const KEYED_LISTS = ['spans', 'relations', 'stances', 'events'] as const;
type KeyedList = (typeof KEYED_LISTS)[number];

/** One list's changes: items put at their index in the new list (replacing the same id), ids removed. */
export interface ItemEdit {
  readonly put: readonly { readonly at: number; readonly item: { readonly id: string } }[];
  readonly remove: readonly string[];
}

/**
 * What one write changed in a layer, in the layer's own terms: the record a journal line
 * holds. `set` replaces other fields whole (null removes an optional one).
 */
export interface LayerEdit {
  readonly lists: Partial<Record<KeyedList, ItemEdit>>;
  readonly set: Readonly<Record<string, unknown>>;
}

const LAYER_KEYS = new Set(Object.keys(layerSchema.shape));
const KEYED = new Set<string>(KEYED_LISTS);
const LAYER_FIELDS: Readonly<Record<string, z.ZodType>> = layerSchema.shape;
const ITEM_SCHEMAS: Record<KeyedList, z.ZodType> = {
  spans: spanSchema,
  relations: relationSchema,
  stances: stanceSchema,
  events: eventSchema,
};
/** Fields an edit never changes: they name the file. */
const FIXED = new Set(['formatVersion', 'documentId', 'annotator']);

/**
 * The edit that turns `before` into `after`, found by comparing items by identity (edits share
 * unchanged items), or null when the change is not worth a journal record (items reordered,
 * a changed field Loupe does not know, more than `limit` items changed): then the layer is rewritten.
 */
export function diffLayers(before: Layer, after: Layer, limit: number): LayerEdit | null {
  const lists: Partial<Record<KeyedList, ItemEdit>> = {};
  let size = 0;
  for (const key of KEYED_LISTS) {
    const was = listKey(before, key);
    const now = listKey(after, key);
    if (was === now) continue;
    // A known edit is taken as recorded: the lists themselves (a layer's flat spans) are never built.
    let edit = knownItemEdit(was, now);
    if (!edit) {
      const a = keyedList(before, key);
      const b = keyedList(after, key);
      if (a.length === 0 && b.length === 0) continue;
      edit = diffItems(a, b, limit - size);
    }
    if (edit === null) return null;
    size += edit.put.length + edit.remove.length;
    if (size > limit) return null;
    if (edit.put.length || edit.remove.length) lists[key] = edit;
  }
  const set: Record<string, unknown> = {};
  const wasFields: Readonly<Record<string, unknown>> = before;
  const nowFields: Readonly<Record<string, unknown>> = after;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (KEYED.has(key)) continue;
    const was = wasFields[key];
    const now = nowFields[key];
    if (was === now) continue;
    // A field Loupe does not know is kept as it is; one that changed is written with a new snapshot.
    if (!LAYER_KEYS.has(key) || FIXED.has(key)) return null;
    set[key] = now ?? null;
  }
  return { lists, set };
}

/** What identifies a keyed list of a layer, without building a layer's flat spans. */
function listKey(layer: Layer, key: KeyedList): object {
  return key === 'spans' ? spansKey(layer) : keyedList(layer, key);
}

/** A keyed list of a layer (empty when the layer has none). */
function keyedList(layer: Layer, key: KeyedList): readonly { id: string }[] {
  return layer[key] ?? [];
}

/** Edits found, by the layer they lead to (layer values never change). */
const found = new WeakMap<Layer, { from: Layer; limit: number; edit: LayerEdit | null }>();

/**
 * {@link diffLayers}, remembered for the pair: a commit asks twice (to reserve room, then to
 * write), and the comparison costs O(layer).
 */
export function diffLayersOnce(before: Layer, after: Layer, limit: number): LayerEdit | null {
  const known = found.get(after);
  if (known?.from === before && known.limit === limit) return known.edit;
  const edit = diffLayers(before, after, limit);
  found.set(after, { from: before, limit, edit });
  return edit;
}

/** Whether an edit changes nothing. */
export function isEmptyEdit(edit: LayerEdit): boolean {
  return Object.keys(edit.lists).length === 0 && Object.keys(edit.set).length === 0;
}

/**
 * Checks an edit's items and fields against the layer schema; throws zod's error for the first
 * bad one. Returns the spans it puts, as checked.
 */
export function checkEditShape(edit: LayerEdit): Span[] {
  for (const key of KEYED_LISTS) checkPlaces(key, edit.lists[key]);
  const spans = (edit.lists.spans?.put ?? []).map(({ item }) =>
    keepProtoFields(item, spanSchema.parse(item)),
  );
  for (const key of KEYED_LISTS)
    if (key !== 'spans')
      for (const { item } of edit.lists[key]?.put ?? []) ITEM_SCHEMAS[key].parse(item);
  for (const [key, value] of Object.entries(edit.set)) {
    // Own keys only: `__proto__` or `constructor` in a journal read from disk is no layer field.
    if (!Object.hasOwn(LAYER_FIELDS, key) || KEYED.has(key) || FIXED.has(key))
      throw new Error(`a record may not set the layer field ${JSON.stringify(key)}`);
    const schema = LAYER_FIELDS[key];
    if (schema && value !== null) schema.parse(value);
  }
  return spans;
}

/** Throws unless every put has a whole, non-negative index and every removed id is a string. */
function checkPlaces(key: KeyedList, items: ItemEdit | undefined): void {
  for (const { at } of items?.put ?? [])
    if (!Number.isSafeInteger(at) || at < 0)
      throw new Error(`${key}: a put's index ${JSON.stringify(at)} is not a whole number ≥ 0`);
  for (const id of items?.remove ?? [])
    if (typeof id !== 'string') throw new Error(`${key}: a removed id is not a string`);
}

/** Applies an edit to a layer (a new value; `layer` is not changed). */
export function applyLayerEdit(layer: Layer, edit: LayerEdit): Layer {
  const next: Record<string, unknown> = { ...layer };
  for (const key of KEYED_LISTS) {
    const items = edit.lists[key];
    if (items) next[key] = applyItems(keyedList(layer, key), items);
  }
  for (const [key, value] of Object.entries(edit.set)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as Layer;
}

function applyItems(items: readonly { id: string }[], edit: ItemEdit): { id: string }[] {
  const drop = new Set([...edit.remove, ...edit.put.map((p) => p.item.id)]);
  const kept = drop.size === 0 ? [...items] : items.filter((item) => !drop.has(item.id));
  for (const { at, item } of [...edit.put].sort((x, y) => x.at - y.at)) kept.splice(at, 0, item);
  return kept;
}

/**
 * Puts and removes that turn list `a` into `b`, comparing only the window between their
 * common prefix and suffix; null when the kept items changed order or too many changed.
 */
function diffItems(
  a: readonly { id: string }[],
  b: readonly { id: string }[],
  limit: number,
): ItemEdit | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  if (tailA - head + (tailB - head) > 2 * limit) return null;
  const was = new Map(a.slice(head, tailA).map((item) => [item.id, item]));
  const now = new Set(b.slice(head, tailB).map((item) => item.id));
  const remove = [...was.keys()].filter((id) => !now.has(id));
  const put: { at: number; item: { id: string } }[] = [];
  const keptB: { id: string }[] = [];
  for (let i = head; i < tailB; i++) {
    const item = itemAt(b, i);
    if (was.get(item.id) === item) keptB.push(item);
    else put.push({ at: i, item });
  }
  const keptSet = new Set(keptB);
  const keptA = a.slice(head, tailA).filter((item) => keptSet.has(item));
  if (keptA.length !== keptB.length || keptA.some((item, i) => item !== keptB[i])) return null;
  if (put.length + remove.length > limit) return null;
  return { put, remove };
}
