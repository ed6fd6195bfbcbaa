import { getOwn, setOwn } from '../collections';

/** A JSON value as the project's files hold it. */
export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * A place where both sides changed one value differently since their common version: the
 * merge keeps `ours` there and records all three for a person to decide.
 * @example { path: ['name'], base: 'Abdul-Mahdi', ours: 'Adel Abdul-Mahdi', theirs: 'Adil Abdul-Mahdi' }
 */
export interface JsonConflict {
  readonly path: readonly (string | number)[];
  readonly base: Json | undefined;
  readonly ours: Json | undefined;
  readonly theirs: Json | undefined;
}

/** A merged value and the conflicts left in it. */
export interface JsonMerge {
  readonly value: Json | undefined;
  readonly conflicts: readonly JsonConflict[];
}

/** Keys that identify the items of a list, in the order they are tried (`id`, then `name`). */
const ITEM_KEYS = ['id', 'name'] as const;

/**
 * Three-way merge of two JSON values changed from a common base (undefined: absent).
 * Objects merge key by key; lists whose items are objects with an `id` (or a `name`) merge
 * item by item in our order with their new items after; lists of plain values merge as sets
 * (additions of either side kept, removals of either side applied); a value changed on one
 * side only takes that change; a value changed differently on both sides keeps ours and is
 * reported as a conflict, never decided silently. A value removed on one side and changed on
 * the other is kept (a change outweighs a removal).
 * @example mergeJson({ aliases: ['A'] }, { aliases: ['A', 'B'] }, { aliases: ['C'] }).value // { aliases: ['B', 'C'] }
 */
export function mergeJson(
  base: Json | undefined,
  ours: Json | undefined,
  theirs: Json | undefined,
): JsonMerge {
  const conflicts: JsonConflict[] = [];
  const value = merge(base, ours, theirs, [], conflicts);
  return { value, conflicts };
}

function merge(
  base: Json | undefined,
  ours: Json | undefined,
  theirs: Json | undefined,
  path: (string | number)[],
  conflicts: JsonConflict[],
): Json | undefined {
  if (same(ours, theirs)) return ours;
  if (same(base, ours)) return theirs;
  if (same(base, theirs)) return ours;
  if (ours === undefined || theirs === undefined) return ours ?? theirs;
  if (isRecord(ours) && isRecord(theirs)) {
    return mergeRecords(isRecord(base) ? base : {}, ours, theirs, path, conflicts);
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const baseList = Array.isArray(base) ? (base as readonly Json[]) : [];
    const key = itemKey([...baseList, ...ours, ...theirs]);
    if (key) return mergeKeyed(baseList, ours, theirs, key, path, conflicts);
    if ([...ours, ...theirs].every(isPlain)) return mergeSets(baseList, ours, theirs);
  }
  conflicts.push({ path: [...path], base, ours, theirs });
  return ours;
}

function mergeRecords(
  base: { readonly [key: string]: Json },
  ours: { readonly [key: string]: Json },
  theirs: { readonly [key: string]: Json },
  path: (string | number)[],
  conflicts: JsonConflict[],
): Json {
  const result: Record<string, Json> = {};
  // Own keys only, set as own keys: a kept field named `__proto__` or `constructor` stays a field.
  const keys = [
    ...Object.keys(ours),
    ...Object.keys(theirs).filter((k) => !Object.hasOwn(ours, k)),
  ];
  for (const key of keys) {
    const merged = merge(
      getOwn(base, key),
      getOwn(ours, key),
      getOwn(theirs, key),
      [...path, key],
      conflicts,
    );
    if (merged !== undefined) setOwn(result, key, merged);
  }
  return result;
}

function mergeKeyed(
  base: readonly Json[],
  ours: readonly Json[],
  theirs: readonly Json[],
  key: string,
  path: (string | number)[],
  conflicts: JsonConflict[],
): Json[] {
  const byKey = (list: readonly Json[]) =>
    new Map(list.map((item) => [String((item as Record<string, Json>)[key]), item]));
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)];
  const order = [...o.keys(), ...[...t.keys()].filter((k) => !o.has(k))];
  const result: Json[] = [];
  for (const id of order) {
    const merged = merge(b.get(id), o.get(id), t.get(id), [...path, id], conflicts);
    if (merged !== undefined) result.push(merged);
  }
  return result;
}

function mergeSets(base: readonly Json[], ours: readonly Json[], theirs: readonly Json[]): Json[] {
  const has = (list: readonly Json[], v: Json) => list.some((x) => same(x, v));
  const removed = (v: Json) => has(base, v) && (!has(ours, v) || !has(theirs, v));
  const result: Json[] = [];
  for (const v of [...ours, ...theirs]) {
    if (!removed(v) && !has(result, v)) result.push(v);
  }
  return result;
}

/** The key every item of a list carries as a string or number, or null. */
function itemKey(items: readonly Json[]): string | null {
  if (items.length === 0 || !items.every(isRecord)) return null;
  for (const key of ITEM_KEYS) {
    const values = items.map((item) => (item as Record<string, Json>)[key]);
    if (values.every((v) => typeof v === 'string' || typeof v === 'number')) return key;
  }
  return null;
}

function isRecord(value: Json | undefined): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlain(value: Json): boolean {
  return value === null || typeof value !== 'object';
}

/** Deep equality of JSON values (object key order ignored). */
export function same(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bl = b as readonly Json[];
    return a.length === bl.length && a.every((v, i) => same(v, bl[i]));
  }
  const ar = a as Record<string, Json>;
  const br = b as Record<string, Json>;
  const keys = Object.keys(ar);
  return (
    keys.length === Object.keys(br).length &&
    keys.every((k) => Object.hasOwn(br, k) && same(ar[k], br[k]))
  );
}
