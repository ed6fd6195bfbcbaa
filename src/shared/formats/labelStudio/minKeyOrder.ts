import { isRecord, setOwn } from '../../collections';
import type { FormatDocument } from '../common';
import { MIN_ANNOTATION_KEYS } from '../common';
import { KEPT_KEY, keptAnnotationOf, keptJson } from './keptAnnotation';

/**
 * The keys a JSON-MIN record holds after its `id` and before the annotation's fields: its
 * controls' results, where Label Studio's converter writes them (the task's data, `id`, each
 * control in the order of its first result, `annotator`, …), a control written as a bare value
 * (a choice, one line of a textarea) among them though it is read as data.
 * @example minKeysAfterId({ text: 'a', id: 1, label: [], note: 'x', annotator: 1 }) → ['label', 'note']
 */
export function minKeysAfterId(record: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(record);
  const at = keys.indexOf('id');
  if (at < 0) return [];
  return keys.slice(at + 1).filter((k) => !MIN_ANNOTATION_KEYS.includes(k) && k !== 'agreement');
}

/** A JSON-MIN file's choices controls: those whose one choice it writes as an object, and those some record holds several choices of. */
export interface MinChoiceControls {
  readonly objects: readonly string[];
  readonly several: readonly string[];
}

/**
 * A document read from a JSON-MIN record, keeping the keys its record held after `id` (see
 * {@link minKeysAfterId}), the choices controls whose one choice its file writes as an object,
 * and those its file holds several choices of (as `multiple`, so that a second one added goes
 * back into the same control).
 */
export function withMinKeys(
  doc: FormatDocument,
  keys: readonly string[],
  choices: MinChoiceControls = { objects: [], several: [] },
): FormatDocument {
  const { objects, several } = choices;
  if (keys.length === 0 && objects.length === 0 && several.length === 0) return doc;
  const was = keptAnnotationOf(doc.metadata);
  const multiple = [...new Set([...(was.multiple ?? []), ...several])];
  const kept = {
    ...was,
    ...(keys.length > 0 ? { minKeys: [...keys] } : {}),
    ...(objects.length > 0 ? { minChoiceObjects: [...objects] } : {}),
    ...(multiple.length > 0 ? { multiple } : {}),
  };
  return { ...doc, metadata: { ...doc.metadata, [KEPT_KEY]: keptJson(kept) } };
}

/** The keys JSON-MIN records read into these documents held after `id`, in the order first seen. */
export function minKeysOf(documents: readonly FormatDocument[]): string[] {
  const keys = new Set<string>();
  for (const doc of documents)
    for (const key of keptAnnotationOf(doc.metadata).minKeys ?? []) keys.add(key);
  return [...keys];
}

/** The choices controls whose one choice the files these documents were read from wrote as `{"choices": [name]}`. */
export function minChoiceObjectsOf(documents: readonly FormatDocument[]): Set<string> {
  return new Set(documents.flatMap((doc) => keptAnnotationOf(doc.metadata).minChoiceObjects ?? []));
}

/**
 * A JSON-MIN record with the keys `after` names (a control read from a record after its `id`,
 * kept as data or not) moved after `id`, in that order, before the controls Loupe adds; the
 * data fields before `id`; the annotation's fields last, as they were.
 * @example inMinKeyOrder({ text: 'a', note: 'x', id: 1, label: [], annotator: 1 }, ['note']) → { text: 'a', id: 1, note: 'x', label: [], annotator: 1 }
 */
export function inMinKeyOrder(
  record: Readonly<Record<string, unknown>>,
  after: readonly string[],
): Record<string, unknown> {
  if (after.length === 0 || !isRecord(record)) return { ...record };
  const keys = Object.keys(record);
  const at = keys.indexOf('id');
  const tail = keys.filter((k) => MIN_ANNOTATION_KEYS.includes(k) || k === 'agreement');
  const moved = after.filter((k) => Object.hasOwn(record, k) && !tail.includes(k) && k !== 'id');
  const rest = keys.filter((k) => !moved.includes(k) && !tail.includes(k));
  const head = rest.slice(0, rest.indexOf('id') + 1);
  const order =
    at < 0
      ? [...rest, ...moved, ...tail]
      : [...head, ...moved, ...rest.slice(head.length), ...tail];
  const out: Record<string, unknown> = {};
  for (const key of order) setOwn(out, key, record[key]);
  return out;
}
