import { isRecord, setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';

/** The metadata key under which a layer keeps what only Label Studio reads back. */
export const KEPT_KEY = '$labelstudio';

/** Loupe's control names, written when a file named none other. */
export const DEFAULT_NAMES = { labels: 'label', note: 'note', object: 'text' } as const;

type Json = DocumentMetadata[string];

/**
 * What one Label Studio annotation (or prediction) holds beyond Loupe's spans, relations and
 * labels, kept in its layer's metadata under {@link KEPT_KEY} and written back as it was: the
 * annotation's own fields, the results Loupe does not read, the names of the labeling
 * config's controls where they are not Loupe's, and which choices held several values.
 * @example { annotation: { id: 9, completed_by: 1, lead_time: 10.7 }, labels: { ORG: 'ner' }, to: { ner: 'txt-1' } }
 */
export interface KeptAnnotation {
  /** The annotation's fields but its result (`id`, `completed_by`, `created_at`, `lead_time`, a prediction's `model_version` and `score`, …). */
  annotation?: Record<string, Json>;
  /** Set when it was a prediction: it is written back as one. */
  prediction?: true;
  /** Results Loupe does not read (a textarea or rating of the whole task, a taxonomy, …), as they were. */
  results?: Json[];
  /** The `from_name` of the labels control of each label, where it is not `label`. */
  labels?: Record<string, string>;
  /** The `to_name` of each control, where it is not `text`. */
  to?: Record<string, string>;
  /** The `from_name` of the per-region textarea read as span notes, where it is not `note`. */
  note?: string;
  /** A labels region's own fields but its id, names, type and value (`origin`, `score`, `meta`, `parentID`, …), by region id. */
  regions?: Record<string, Record<string, Json>>;
  /** A document choices result's own fields but its names, type and value (its `id`, `origin`, …), by control name. */
  choices?: Record<string, Record<string, Json>>;
  /** Choices controls that held several values: kept as `name`, `name 2`, … and written back as one result. */
  multiple?: string[];
}

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
    if (!RESULT_FIELDS.has(key) && (withId || key !== 'id') && value !== undefined)
      setOwn(extra, key, value as Json);
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** The kept part of a layer's metadata, or an empty one. */
export function keptAnnotationOf(metadata: DocumentMetadata | undefined): KeptAnnotation {
  const kept = metadata?.[KEPT_KEY];
  return isRecord(kept) ? (kept as KeptAnnotation) : {};
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
