import { isRecord, setOwn } from '../../collections';
import { hasMinAnnotationKeys, isLabelledRegions, isMinRegions } from '../common';
import { regionIds, regionNotes } from './minNotes';
import { minChoicesOf } from './minChoices';

/** The fields Label Studio's JSON-MIN export adds to a task's data: the annotation's, not the task's. */
const ANNOTATION_FIELDS: Readonly<Record<string, string>> = {
  annotator: 'completed_by',
  annotation_id: 'id',
  created_at: 'created_at',
  updated_at: 'updated_at',
  lead_time: 'lead_time',
};

/**
 * Whether a record is a task of Label Studio's JSON-MIN export: no `data` and no annotations,
 * but a list of text regions under some control's name, or every annotation field the export
 * writes (null for a task no one annotated, which has no regions).
 * @example isJsonMin({ id: 3, text: 'IBM', label: [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }] }) === true
 */
export function isJsonMin(record: unknown): record is Record<string, unknown> {
  if (!isRecord(record) || 'data' in record) return false;
  if ('annotations' in record || 'completions' in record || 'predictions' in record) return false;
  return hasMinAnnotationKeys(record) || Object.values(record).some(isMinRegions);
}

/**
 * The keys of a JSON-MIN record holding regions Loupe does not read from JSON-MIN: labelled
 * regions without character offsets (`paragraphlabels`, `hypertextlabels`, `rectanglelabels`,
 * …), which would otherwise be read as data, their spans lost.
 * @example unreadMinRegionKeys({ text: 'x', dialogue: [{ start: '0', end: '1', startOffset: 0, endOffset: 4, paragraphlabels: ['Greeting'] }] }) → ['dialogue']
 */
export function unreadMinRegionKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).filter(
    (key) => isLabelledRegions(record[key]) && !isMinRegions(record[key]),
  );
}

/**
 * A JSON-MIN record as the task Label Studio's JSON export holds: its region lists as the
 * `labels` results of one annotation (the list's key its `from_name`), `annotator`,
 * `annotation_id`, `created_at`, `updated_at` and `lead_time` as the annotation's fields (an
 * e-mail annotator as `completed_by: {email}`, which Label Studio's import resolves), `id` as
 * the task's id, every other field as data; a record of no region and null annotation fields
 * (a task no one annotated) as a task of no annotation. A per-region textarea written with its
 * region's offsets (`[{start, end, text: [lines]}]`: a note of several lines, or Label Studio
 * before 1.2) is read as that region's textarea, so as its span's note, when each ties to one
 * region (see {@link regionNotes}). A key of `choiceKeys` (a choices control: see
 * `minChoiceKeys`) is read as a `choices` result of the text: its `{"choices": [...]}`, or a
 * plain name as one choice (null or "" as no choice, kept as data as it was; a value that is no
 * choice is refused before, see `minChoiceProblems`). JSON-MIN drops relations and writes a
 * choice or a one-line textarea as a plain value (a per-region one too, its region lost): outside
 * a choices control's key such a value is read as data.
 * @example fromJsonMin({ id: 3, text: 'IBM', label: [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }] }) → { id: 3, data: { text: 'IBM' }, annotations: [{ result: [{ id: 'label-1', from_name: 'label', … }] }] }
 */
export function fromJsonMin(
  record: Readonly<Record<string, unknown>>,
  choiceKeys: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const annotation: Record<string, unknown> = {};
  const result: object[] = [];
  const regions = regionIds(record);
  for (const [key, value] of Object.entries(record)) {
    const field = ANNOTATION_FIELDS[key];
    if (key === 'id' || key === 'agreement') continue;
    const notes = isMinRegions(value) ? null : regionNotes(value, regions);
    const choices = choiceKeys.has(key) ? minChoicesOf(value) : null;
    if (field !== undefined && Object.hasOwn(ANNOTATION_FIELDS, key)) {
      const by = key === 'annotator' && typeof value === 'string' ? { email: value } : value;
      if (value !== null && value !== undefined) setOwn(annotation, field, by);
    } else if (isMinRegions(value))
      value.forEach((region, i) =>
        result.push({
          id: `${key}-${i + 1}`,
          from_name: key,
          to_name: 'text',
          type: 'labels',
          value: region,
        }),
      );
    else if (Array.isArray(choices))
      result.push({ from_name: key, to_name: 'text', type: 'choices', value: { choices } });
    else if (notes)
      for (const [id, note] of notes)
        result.push({ id, from_name: key, to_name: 'text', type: 'textarea', value: note });
    else setOwn(data, key, value);
  }
  return {
    ...(record.id === undefined ? {} : { id: record.id }),
    ...(record.agreement === undefined ? {} : { agreement: record.agreement }),
    data,
    // A task no one annotated: every annotation field null, no region.
    annotations:
      Object.keys(annotation).length === 0 && result.length === 0
        ? []
        : [{ ...annotation, result }],
  };
}
