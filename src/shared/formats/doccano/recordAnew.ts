import { getOwn, isRecord, setOwn } from '../../collections';
import type { CodePointOffset, Fragment, OffsetIndex } from '../../spans';
import {
  fileFields,
  jsonStyleOf,
  restyled,
  sortedJson,
  styledLike,
  withoutKeptLayouts,
} from '../common';
import type { FormatDocument, Tally } from '../common';
import { splitCategories } from '../common/categories';
import { EntityIds } from './entityIds';
import { RELATIONS_LEFT_OUT } from './relationsLeftOut';
import type { KeptDoccanoFile } from './keptDoccano';
import { filedEntityIds, READ_KEYS, relationIdsOf } from './read';
import { SPAN_KEYS } from './readRecord';
import type { DoccanoAnnotations } from './readRecord';
import { TEXT_KEYS } from './jsonlRecords';

const TEXT_KEY_SET: ReadonlySet<string> = new Set(TEXT_KEYS);
const SPAN_KEY_SET: ReadonlySet<string> = new Set(SPAN_KEYS);

/** A document read from a record of a JSON Lines file, with what it kept of it. */
export interface FiledDocument {
  readonly doc: FormatDocument;
  readonly kept: KeptDoccanoFile;
}

/** A record as its file had it, read again from what its documents kept. */
export interface FiledRecord {
  /** What came before and after the record's object in its text (white space, line end). */
  readonly before: string;
  readonly after: string;
  /** The object's JSON as the file wrote it, and parsed. */
  readonly object: string;
  readonly original: Record<string, unknown>;
  /** The object with its text and labels under doccano's keys, as read. */
  readonly record: Record<string, unknown>;
  readonly text: string;
  readonly reading: DoccanoAnnotations;
}

/** One entity (or category) to write: its offsets in code points (none for a category), label and user. */
interface Item {
  readonly start?: CodePointOffset;
  readonly end?: CodePointOffset;
  readonly label: string;
  readonly user?: string;
  /** The span it comes from, for relations. */
  readonly spanId?: string;
}

/** The record written anew with the file's keys, in its order (see {@link recordText}). */
export function anew(
  group: readonly FiledDocument[],
  filed: FiledRecord,
  index: OffsetIndex,
  tally: Tally,
): Record<string, unknown> {
  const { original, record } = filed;
  const [first] = group;
  if (!first) return original;
  const { doc, kept } = first;
  const unit = kept.unit ?? 'utf16';
  const offset = (at: CodePointOffset): number => (unit === 'codePoints' ? at : index.toUtf16(at));
  const keyOf = (item: Item) =>
    JSON.stringify([
      item.label,
      ...(item.start === undefined || item.end === undefined
        ? []
        : [offset(item.start), offset(item.end)]),
      ...(item.user === undefined ? [] : [item.user]),
    ]);
  const fields = fileFields(withoutKeptLayouts(doc.metadata));
  const renamedKey = (key: string) =>
    key === kept.textColumn ? 'text' : key === kept.labelColumn ? 'label' : key;
  const filedKeys = new Set(Object.keys(original).map(renamedKey));
  const spanKeys = SPAN_KEYS.filter((k) => k !== 'annotations' && record[k] !== undefined);
  // Several layers sharing the record: each one's annotations under `annotations` with its user.
  const users = record.annotations !== undefined || group.length > 1;
  const addedUsers = users && record.annotations === undefined;
  const categories = splitCategories(doc.documentLabels).categories;
  const spans = group.flatMap(({ doc: d, kept: k }) =>
    d.spans.flatMap((s) =>
      s.fragments.map((f) => ({
        start: f.start,
        end: f.end,
        label: s.label,
        spanId: s.id,
        ...(k.user === undefined ? {} : { user: k.user }),
      })),
    ),
  );
  const relations = doc.relations;
  tally.add(
    RELATIONS_LEFT_OUT.otherUser,
    group.slice(1).reduce((n, { doc: d }) => n + d.relations.length, 0),
  );
  // Where spans and categories go: under the key they came under; categories with the spans when that key held them.
  const spanKey = spanKeys[0];
  const heldCategories =
    spanKey !== undefined &&
    (typeof record[spanKey] === 'string' ||
      (Array.isArray(record[spanKey]) &&
        (listOf(record[spanKey]).some((i) => typeof i === 'string') ||
          (listOf(record[spanKey]).length === 0 && spans.length === 0))));
  const categoriesKey = users
    ? 'annotations'
    : record.cats !== undefined
      ? 'cats'
      : heldCategories
        ? spanKey
        : spans.length === 0 && spanKey === undefined
          ? 'label'
          : 'cats';
  const spansKey = users
    ? 'annotations'
    : (spanKey ?? (relations.length > 0 ? 'entities' : 'label'));
  const objects =
    users ||
    relations.length > 0 ||
    record.relations !== undefined ||
    listOf(record[spansKey]).some((i) => isRecord(i));
  const firstEntity = new Map<string, number | string>();
  const values = new Map<string, unknown>();
  const list = (key: string) => {
    const known = values.get(key);
    if (Array.isArray(known)) return known;
    const fresh: unknown[] = [];
    values.set(key, fresh);
    return fresh;
  };
  const categoryUsers = users
    ? group.flatMap(({ doc: d, kept: k }) =>
        splitCategories(d.documentLabels).categories.map((label) => ({
          label,
          ...(k.user === undefined ? {} : { user: k.user }),
        })),
      )
    : categories.map((label) => ({ label }));
  if (
    categoryUsers.length > 0 ||
    categoriesKey === spanKey ||
    record[categoriesKey] !== undefined
  ) {
    const filedItems = listOf(record[categoriesKey]);
    const items = ordered<Item>(categoryUsers, filedItems, keyOf);
    const target = list(categoriesKey);
    for (const { item, filedItem } of items)
      target.push(
        objects && users
          ? objectOf(item, filedItem, filedItems, ['label', 'user'], undefined, offset)
          : labelValue(item.label, filedItem),
      );
    if (
      !users &&
      typeof record[categoriesKey] === 'string' &&
      target.length === 1 &&
      spans.length === 0
    )
      values.set(categoriesKey, target[0]);
  }
  const filedEntities = listOf(record[addedUsers ? (spanKey ?? spansKey) : spansKey]);
  const ids = new EntityIds(
    filedEntityIds(
      filedEntities,
      filed.reading.shares.flatMap((s) => s.spans),
    ),
  );
  const withId =
    relations.length > 0 ||
    filedEntities.some((e) => isRecord(e) && e.id !== undefined) ||
    (filedEntities.length === 0 && !users);
  const entityKeys = [
    ...(withId ? ['id'] : []),
    ...['label', 'start_offset', 'end_offset'],
    ...(users ? ['user'] : []),
  ];
  if (spans.length > 0 || record[spansKey] !== undefined) {
    const target = list(spansKey);
    for (const { item, filedItem } of ordered<Item & Fragment>(spans, filedEntities, keyOf)) {
      const { start, end } = item;
      if (!objects) {
        const filedLabel: unknown = Array.isArray(filedItem) ? filedItem[2] : undefined;
        target.push([offset(start), offset(end), labelValue(item.label, filedLabel)]);
        continue;
      }
      const id = withId ? ids.next(start, end, item.label) : undefined;
      if (id !== undefined && item.spanId !== undefined && !firstEntity.has(item.spanId))
        firstEntity.set(item.spanId, id);
      target.push(objectOf(item, filedItem, filedEntities, entityKeys, id, offset));
    }
  }
  if (relations.length > 0 || record.relations !== undefined) {
    const filedRelations = listOf(record.relations);
    const relationIds = new EntityIds(relationIdsOf(record.relations).relationIds ?? []);
    const template = filedRelations.find((r) => isRecord(r));
    const keys = isRecord(template) ? Object.keys(template) : ['id', 'from_id', 'to_id', 'type'];
    const target = list('relations');
    for (const r of relations) {
      const from = firstEntity.get(r.from);
      const to = firstEntity.get(r.to);
      if (from === undefined || to === undefined) {
        tally.add(RELATIONS_LEFT_OUT.unwritten);
        continue;
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (key === 'id') setOwn(out, key, relationIds.next(from, to, r.type));
        else if (key === 'from_id') setOwn(out, key, from);
        else if (key === 'to_id') setOwn(out, key, to);
        else if (key === 'type') setOwn(out, key, r.type);
      }
      target.push(out);
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(original)) {
    const as = renamedKey(key);
    if (TEXT_KEY_SET.has(as)) setOwn(out, key, doc.text);
    else if (as === 'name') setOwn(out, key, doc.name);
    else if (addedUsers && (SPAN_KEY_SET.has(as) || as === 'cats')) {
      // The spans and categories go to `annotations`, where the first of their keys was.
      if (values.has('annotations')) setOwn(out, 'annotations', values.get('annotations'));
    } else if (values.has(as)) setOwn(out, key, values.get(as));
    else if (SPAN_KEY_SET.has(as) || as === 'relations' || as === 'cats')
      setOwn(out, key, Array.isArray(original[key]) ? [] : original[key]);
    else if (Object.hasOwn(fields, as)) {
      const value = getOwn(fields, as);
      setOwn(out, key, sortedJson(value) === sortedJson(original[key]) ? original[key] : value);
    }
  }
  for (const [key, value] of Object.entries(fields))
    if (!filedKeys.has(key) && !READ_KEYS.has(key)) setOwn(out, key, value);
  for (const [as, value] of values)
    if (!filedKeys.has(as)) setOwn(out, as === 'label' ? (kept.labelColumn ?? as) : as, value);
  return out;
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** What an item of the file stands for: its offsets (in the file's unit, as filed), label and user. */
function itemOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number')
    return JSON.stringify([String(value)]);
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    const [start, end, label] = items;
    return JSON.stringify([String(label), start, end]);
  }
  if (!isRecord(value)) return undefined;
  return JSON.stringify([
    String(value.label),
    ...(value.start_offset === undefined ? [] : [value.start_offset, value.end_offset]),
    ...(value.user === undefined ? [] : [String(value.user)]),
  ]);
}

/**
 * The items to write, each paired with an item of the file standing for the same (`keyOf`, as
 * {@link itemOf} gives it for the file's), those the file had first in the file's order, then
 * the others in the document's order.
 */
function ordered<T>(
  items: readonly T[],
  filed: readonly unknown[],
  keyOf: (item: T) => string,
): { item: T; filedItem: unknown }[] {
  const free = new Map<string, number[]>();
  filed.forEach((value, i) => {
    const key = itemOf(value);
    if (key !== undefined) free.set(key, [...(free.get(key) ?? []), i]);
  });
  const paired = items.map((item, i) => {
    const at = free.get(keyOf(item))?.shift();
    return {
      item,
      at: at ?? filed.length + i,
      filedItem: at === undefined ? undefined : filed[at],
    };
  });
  paired.sort((a, b) => a.at - b.at);
  return paired.map(({ item, filedItem }) => ({ item, filedItem }));
}

/** A label as the file wrote it (a label id as a number) when it is the same, else the name. */
function labelValue(label: string, filed: unknown): unknown {
  return (typeof filed === 'string' || typeof filed === 'number') && String(filed) === label
    ? filed
    : label;
}

/** A user as the file wrote them (a number), found among its items, else as a number when it is one. */
function userValue(user: string, filed: readonly unknown[]): unknown {
  for (const item of filed)
    if (isRecord(item) && (typeof item.user === 'number' || typeof item.user === 'string'))
      if (String(item.user) === user) return item.user;
  return /^(?:0|[1-9][0-9]{0,14})$/.test(user) ? Number(user) : user;
}

/**
 * An entity (or a category of a user) as an object: the keys of the item of the file it stands
 * for (its other fields kept), else those of the file's first item of its kind, else `keys`.
 */
function objectOf(
  item: Item,
  filedItem: unknown,
  filed: readonly unknown[],
  keys: readonly string[],
  id: number | string | undefined,
  offset: (at: CodePointOffset) => number,
): Record<string, unknown> {
  const span = item.start !== undefined;
  const template = isRecord(filedItem)
    ? filedItem
    : filed.find((f) => isRecord(f) && (f.start_offset !== undefined) === span);
  const own = isRecord(filedItem) ? filedItem : undefined;
  const listed = isRecord(template) ? Object.keys(template) : keys;
  const out: Record<string, unknown> = {};
  for (const key of id !== undefined && !listed.includes('id') ? ['id', ...listed] : listed) {
    if (key === 'id') {
      const value = id ?? own?.id;
      if (value !== undefined) setOwn(out, key, value);
    } else if (key === 'label') setOwn(out, key, labelValue(item.label, own?.label));
    else if (key === 'start_offset' && item.start !== undefined)
      setOwn(out, key, offset(item.start));
    else if (key === 'end_offset' && item.end !== undefined) setOwn(out, key, offset(item.end));
    else if (key === 'user') {
      if (item.user !== undefined) setOwn(out, key, userValue(item.user, filed));
    } else if (own && Object.hasOwn(own, key)) setOwn(out, key, own[key]);
  }
  return out;
}

/**
 * The record as its file wrote it: each field whose value is the same as there as it was, the
 * others indented, spaced and escaped as the record was (see {@link styledLike}).
 */
export function styled(value: Record<string, unknown>, filed: FiledRecord): string {
  const { object, original } = filed;
  const like = styledLike(value, object);
  if (like !== null) return like;
  const { spaced, ascii } = jsonStyleOf(object);
  if (object.includes('\n')) {
    const indent = /\n([ \t]+)"/.exec(object)?.[1] ?? '    ';
    return restyled(JSON.stringify(value, null, indent), { ascii });
  }
  const compact = JSON.stringify(original) === object;
  return restyled(JSON.stringify(value), { spaced: spaced && !compact, ascii });
}
