import { isRecord } from '../../collections';

/**
 * Whether a value is a list of text regions as Label Studio's JSON-MIN export writes them under
 * a labels control's name: `[{start, end, text, labels}, …]`.
 * @example isMinRegions([{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }]) === true
 */
export function isMinRegions(value: unknown): value is Record<string, unknown>[] {
  return isListOf(
    value,
    (v) => typeof v.start === 'number' && typeof v.end === 'number' && Array.isArray(v.labels),
  );
}

/** Whether a value is a list of one object or more, each passing `test`. */
function isListOf(
  value: unknown,
  test: (item: Record<string, unknown>) => boolean,
): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => isRecord(v) && test(v));
}

/**
 * Whether a value is a list of labelled regions as Label Studio's JSON-MIN export writes any
 * labels control's (`labels`, `paragraphlabels`, `hypertextlabels`, `rectanglelabels`, …): each
 * an object holding a list under a key ending in `labels`. {@link isMinRegions} are such lists.
 * @example isLabelledRegions([{ start: '0', end: '1', startOffset: 0, endOffset: 4, paragraphlabels: ['Greeting'] }]) === true
 */
export function isLabelledRegions(value: unknown): value is Record<string, unknown>[] {
  return isListOf(value, (v) =>
    Object.entries(v).some(([key, labels]) => key.endsWith('labels') && Array.isArray(labels)),
  );
}

/** The fields Label Studio's JSON-MIN export writes in every record, annotated or not (null when not). */
export const MIN_ANNOTATION_KEYS: readonly string[] = [
  'annotator',
  'annotation_id',
  'created_at',
  'updated_at',
  'lead_time',
];

/**
 * Whether a record has the shape of Label Studio's JSON-MIN export: no `data`, and every field
 * the export adds to a task's data (`annotator`, `annotation_id`, `created_at`, `updated_at`,
 * `lead_time`), which it writes as null for a task no one annotated.
 * @example hasMinAnnotationKeys({ id: 1, text: 'IBM', annotator: null, annotation_id: null, created_at: null, updated_at: null, lead_time: null }) === true
 */
export function hasMinAnnotationKeys(record: Readonly<Record<string, unknown>>): boolean {
  return !('data' in record) && MIN_ANNOTATION_KEYS.every((key) => key in record);
}
