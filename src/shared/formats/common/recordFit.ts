import type { FormatId } from './format';
import { isSpacyCats } from './spacyCats';
import { hasMinAnnotationKeys, isMinRegions, MIN_ANNOTATION_KEYS } from './minRegions';

type Json = Record<string, unknown>;

/** A sign of a format in a JSON record: a key, and the shape its value has in that format. */
interface Sign {
  readonly format: FormatId;
  readonly key: string;
  readonly fits: (value: unknown) => boolean;
  /** Keys of another format whose presence makes this key no sign (it is theirs too). */
  readonly unless?: readonly string[];
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (test: (item: unknown) => boolean) => (v: unknown) =>
  Array.isArray(v) && v.every(test);
const any = () => true;
const hasResult = (item: unknown) => isObject(item) && Array.isArray(item.result);
const doccanoItem = (item: unknown) =>
  typeof item === 'string' ||
  (Array.isArray(item) && item.length === 3) ||
  (isObject(item) && ('start_offset' in item || ('label' in item && !('result' in item))));

/** Keys only Prodigy's records have. */
const PRODIGY_KEYS = ['_input_hash', '_task_hash', '_view_id', 'answer'];

const SIGNS: readonly Sign[] = [
  { format: 'loupe', key: 'format', fits: (v) => v === 'loupe' },
  { format: 'loupe', key: 'formatVersion', fits: (v) => typeof v === 'number' },
  { format: 'loupe', key: 'documents', fits: Array.isArray },
  { format: 'labelstudio', key: 'data', fits: isObject },
  { format: 'labelstudio', key: 'annotations', fits: arrayOf(hasResult) },
  { format: 'labelstudio', key: 'completions', fits: arrayOf(hasResult) },
  { format: 'labelstudio', key: 'predictions', fits: arrayOf(hasResult) },
  ...['label', 'labels', 'column_label', 'entities', 'annotations'].map((key) => ({
    format: 'doccano' as const,
    key,
    fits: arrayOf(doccanoItem),
  })),
  // One category as a string, which doccano's import reads too; Prodigy's textcat `label` goes with its `answer`.
  {
    format: 'doccano',
    key: 'label',
    fits: (v) => typeof v === 'string' && v !== '',
    unless: PRODIGY_KEYS,
  },
  { format: 'doccano', key: 'cats', fits: Array.isArray },
  { format: 'doccano', key: 'column_data', fits: (v) => typeof v === 'string' },
  { format: 'doccano', key: 'relations', fits: arrayOf((r) => isObject(r) && 'from_id' in r) },
  { format: 'spans-jsonl', key: 'spans', fits: Array.isArray },
  // spaCy's text categories, `{label: score}` (doccano's cats is a list of names).
  { format: 'spans-jsonl', key: 'cats', fits: isSpacyCats },
  { format: 'spans-jsonl', key: 'tokens', fits: arrayOf((t) => isObject(t) && 'start' in t) },
  ...PRODIGY_KEYS.map((key) => ({
    format: 'spans-jsonl' as const,
    key,
    fits: any,
  })),
  { format: 'hf', key: 'ner_tags', fits: Array.isArray },
  // Words as strings (Prodigy's tokens are objects with start and end): Hugging Face records.
  { format: 'hf', key: 'tokens', fits: arrayOf((t) => typeof t === 'string') },
  { format: 'hf', key: 'words', fits: arrayOf((t) => typeof t === 'string') },
];

/**
 * The formats a JSON record fits best, by the keys only they use with the shapes they give
 * them (doccano's `label` triples, Label Studio's `data` and `result` lists, Prodigy's
 * `spans`, …), and the keys that decided it. A record of text alone fits none.
 * @example recordFit({ text: 'x', label: [[0, 1, 'A']] }) → { formats: ['doccano'], keys: ['label'] }
 */
export function recordFit(record: Json): { formats: FormatId[]; keys: string[] } {
  return bestOf([
    ...SIGNS.filter(
      (s) => s.key in record && s.fits(record[s.key]) && !s.unless?.some((key) => key in record),
    ),
    ...minRegionSigns(record),
  ]);
}

/**
 * Label Studio JSON-MIN: text regions (`{start, end, text, labels}`) under a control's name, and
 * the annotation fields the export writes in every record (null in a task no one annotated).
 */
function minRegionSigns(record: Json): Sign[] {
  if ('data' in record) return [];
  const annotation = hasMinAnnotationKeys(record) ? MIN_ANNOTATION_KEYS : [];
  return [...Object.keys(record).filter((key) => isMinRegions(record[key])), ...annotation].map(
    (key) => ({ format: 'labelstudio', key, fits: any }),
  );
}

/**
 * Like {@link recordFit} for a record that is not valid JSON: the keys written in its text.
 * @example rawFit('{"text": "x", "label": [[0, 1') → { formats: ['doccano'], keys: ['label'] }
 */
export function rawFit(text: string): { formats: FormatId[]; keys: string[] } {
  const keys = new Set([...text.matchAll(/"([A-Za-z_]+)"\s*:/g)].map((m) => m[1]));
  return bestOf(SIGNS.filter((s) => keys.has(s.key)));
}

function bestOf(signs: readonly Sign[]): { formats: FormatId[]; keys: string[] } {
  const scores = new Map<FormatId, string[]>();
  for (const s of signs) scores.set(s.format, [...(scores.get(s.format) ?? []), s.key]);
  const best = Math.max(0, ...[...scores.values()].map((k) => k.length));
  const formats = [...scores].filter(([, keys]) => keys.length === best && best > 0);
  return {
    formats: formats.map(([f]) => f),
    keys: [...new Set(formats.flatMap(([, keys]) => keys))],
  };
}
