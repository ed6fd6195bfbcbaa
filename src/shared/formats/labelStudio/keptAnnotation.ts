import { z } from 'zod';
import { ownJson, ownRecord } from '../../model';
import { KEPT_LABEL_STUDIO } from '../common/keptKeys';
import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue, type JsonValue } from '../common';
import { keptFileSchema } from './keptFile';

/** The metadata key under which a layer keeps what only Label Studio reads back. */
export const KEPT_KEY = KEPT_LABEL_STUDIO;

/** Loupe's control names, written when a file named none other. */
export const DEFAULT_NAMES = { labels: 'label', note: 'note', object: 'text' } as const;

type Json = JsonValue;

/**
 * What one Label Studio annotation (or prediction) holds beyond Loupe's spans, relations and
 * labels, kept in its layer's metadata under {@link KEPT_KEY} and written back as it was: the
 * annotation's own fields (`id`, `completed_by`, `created_at`, `lead_time`, a prediction's
 * `model_version` and `score`, …; `prediction` set for a prediction, written back as one), the
 * results Loupe does not read (a textarea or rating of the whole task, a taxonomy, …), the
 * `from_name` of each label's labels control and the `to_name` of each control where they are
 * not Loupe's (`label`, `text`), the per-region textarea read as notes (`note`, if not
 * `note`) and, by region id, a note's `value.text` that was not one line in a list (several
 * lines, joined by newlines in the note, or a bare string), written back as it was, a region's and a document choice's own fields (`origin`, `score`, `meta`, ids), a
 * HyperText region's `value` as it came (`values`, by region id: its XPaths, offsets and text
 * as Label Studio wrote them, written back while the span still covers what was read), and
 * the choices controls that held several values (kept as `name`, `name 2`, …), and whether an
 * unlabelled relation came with `labels: []` (a config with `<Relations>`) rather than none,
 * and whether the task came with no annotation at all (`unannotated`: written back with none
 * while nothing is added, as Label Studio counts an annotation of no result as work done), and,
 * in one person's layer of the task, its predictions and cancelled annotations (`predictions`,
 * `cancelled`), written back beside its annotation as they were, and the text of a CSV or TSV
 * export's data cells Label Studio reads as another value (`TRUE` as true, `NA` as ""), by
 * field (`cells`): Label Studio JSON holds the value, so an export writes it and says so; and
 * the order of the annotation's results (`resultOrder`, each by {@link resultKey}), written
 * back in it; whether the task held its annotations under `completions` (Label Studio 0.x),
 * where they go back; and where the task was in its file, as the file wrote it (`file`, see
 * `KeptFile`); and the keys a JSON-MIN record held after its `id` (`minKeys`), where a
 * JSON-MIN export writes them back, and the choices controls whose one choice its file wrote as
 * an object (`minChoiceObjects`), as a JSON-MIN export writes it again.
 * @example { annotation: { id: 9, completed_by: 1, lead_time: 10.7 }, labels: { ORG: 'ner' }, to: { ner: 'txt-1' } }
 */
const keptAnnotationSchema = z.object({
  annotation: ownRecord(ownJson).optional(),
  prediction: z.literal(true).optional(),
  results: z.array(ownJson).optional(),
  labels: ownRecord(z.string()).optional(),
  to: ownRecord(z.string()).optional(),
  note: z.string().optional(),
  noteTexts: ownRecord(z.union([z.string(), z.array(z.string())])).optional(),
  regions: ownRecord(ownRecord(ownJson)).optional(),
  /** JSON text, so that its keys keep the file's order in the project folder, which sorts keys. */
  values: ownRecord(z.string()).optional(),
  choices: ownRecord(ownRecord(ownJson)).optional(),
  multiple: z.array(z.string()).optional(),
  emptyLabels: z.literal(true).optional(),
  unannotated: z.literal(true).optional(),
  predictions: z.array(ownJson).optional(),
  cancelled: z.array(ownJson).optional(),
  cells: ownRecord(z.string()).optional(),
  resultOrder: z.array(z.string()).optional(),
  completions: z.literal(true).optional(),
  file: keptFileSchema.optional(),
  /** The region id each span had in the file, by span id, for a span a project gave another id (`-99kI_sZ2d`: no Loupe id starts with a dash). */
  regionIds: ownRecord(z.string()).optional(),
  /** The keys the JSON-MIN record it was read from held after its `id` (its controls), written back there. */
  minKeys: z.array(z.string()).optional(),
  /** The choices controls whose single choice the JSON-MIN (or CSV) file wrote as `{"choices": [name]}`, not the plain name: written back so. */
  minChoiceObjects: z.array(z.string()).optional(),
});
export type KeptAnnotation = z.infer<typeof keptAnnotationSchema>;

/** The fields of a result that Loupe reads or writes itself; the others are kept. */
export const RESULT_FIELDS: ReadonlySet<string> = new Set([
  'from_name',
  'to_name',
  'type',
  'value',
]);

/**
 * A result's fields Loupe does not read or write itself (`origin`, `score`, `meta`, …), and
 * its `id` unless Loupe writes that too; undefined when there are none.
 * @example extraFields({ id: 'c1', type: 'choices', origin: 'manual', value: {} }, true) → { id: 'c1', origin: 'manual' }
 */
export function extraFields(
  result: Readonly<Record<string, unknown>>,
  withId: boolean,
): Record<string, Json> | undefined {
  const extra: Record<string, Json> = {};
  for (const [key, value] of Object.entries(result))
    if (!RESULT_FIELDS.has(key) && (withId || key !== 'id') && isJsonValue(value))
      setOwn(extra, key, value);
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** The kept part of a layer's metadata, or an empty one. */
export function keptAnnotationOf(metadata: DocumentMetadata | undefined): KeptAnnotation {
  const parsed = keptAnnotationSchema.safeParse(metadata?.[KEPT_KEY]);
  return parsed.success ? parsed.data : {};
}

/** What was kept, as a JSON value of the metadata (fields left undefined left out). */
export function keptJson(kept: KeptAnnotation): Record<string, Json> {
  const json: Record<string, Json> = {};
  for (const [key, value] of Object.entries(kept)) if (isJsonValue(value)) setOwn(json, key, value);
  return json;
}

/** Whether anything was kept (an empty record is left out of the metadata). */
export function isKeptEmpty(kept: KeptAnnotation): boolean {
  return Object.keys(kept).length === 0;
}

/**
 * The names several values of one control are kept under: the control's name, then `name 2`, `name 3`…
 * @example numberedNames('topic', 3) → ['topic', 'topic 2', 'topic 3']
 */
export function numberedNames(name: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? name : `${name} ${i + 1}`));
}

/** The lists of a task a person's layer keeps beside its annotation, to go back once per task. */
const TASK_LISTS = ['predictions', 'cancelled'] as const;

/**
 * Whether a layer's metadata keeps a Label Studio task's predictions or cancelled annotations
 * (a person's layer, see {@link KeptAnnotation}).
 */
export function keepsTaskLists(metadata: DocumentMetadata | undefined): boolean {
  const kept = keptAnnotationOf(metadata);
  return TASK_LISTS.some((key) => kept[key] !== undefined);
}

/**
 * A layer's metadata without the task's predictions, and without its cancelled annotations,
 * it keeps (see {@link KeptAnnotation}) when another layer of the document keeps the same ones
 * already: Label Studio holds them once per task, beside all its annotations, so they are
 * stored once and go back from that layer alone, however many people import the task. The
 * metadata itself when it keeps none, or no other layer keeps the same.
 * @example withoutTaskListsKeptElsewhere({ $labelstudio: { predictions: [p] } }, [{ $labelstudio: { predictions: [p] } }]) → {}
 */
export function withoutTaskListsKeptElsewhere(
  metadata: DocumentMetadata | undefined,
  others: readonly (DocumentMetadata | undefined)[],
): DocumentMetadata | undefined {
  if (metadata === undefined) return metadata;
  const kept: KeptAnnotation = { ...keptAnnotationOf(metadata) };
  const keptElsewhere = others.map(keptAnnotationOf);
  let changed = false;
  for (const key of TASK_LISTS) {
    const list = kept[key];
    if (list === undefined) continue;
    const same = JSON.stringify(list);
    if (!keptElsewhere.some((other) => JSON.stringify(other[key]) === same)) continue;
    delete kept[key];
    changed = true;
  }
  if (!changed) return metadata;
  const { [KEPT_KEY]: _kept, ...fields } = metadata;
  return isKeptEmpty(kept) ? fields : { ...fields, [KEPT_KEY]: keptJson(kept) };
}

/**
 * What finds a result again in another writing: its id, control, type and, for a relation, its
 * ends (a region's labels, textarea and choices results share its id, not their control).
 * @example resultKey({ id: 'r1', from_name: 'ner', to_name: 'text', type: 'labels', value: {} }) === 'r1 ner labels  '
 */
export function resultKey(result: unknown): string {
  if (!isRecord(result)) return '';
  return [result.id, result.from_name, result.type, result.from_id, result.to_id]
    .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : ''))
    .join(' ');
}

/**
 * Results in the order an annotation had them (`order`, by {@link resultKey}): a result the
 * order names goes to its place, one it does not name (added since) follows the result before
 * it. Without an order the results are returned as they are.
 * @example inResultOrder([b, a], [resultKey(a), resultKey(b)]) → [a, b]
 */
export function inResultOrder<T>(results: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order || order.length === 0) return [...results];
  const places = new Map<string, number[]>();
  order.forEach((key, index) => places.set(key, [...(places.get(key) ?? []), index]));
  let last = -1;
  return results
    .map((result, seq) => {
      const index = places.get(resultKey(result))?.shift();
      if (index === undefined) return { result, index: last, after: 1, seq };
      last = index;
      return { result, index, after: 0, seq };
    })
    .sort((a, b) => a.index - b.index || a.after - b.after || a.seq - b.seq)
    .map((p) => p.result);
}
