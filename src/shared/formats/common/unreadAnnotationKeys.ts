import { isRecord } from '../../collections';

/** Keys under which annotation tools write annotations. */
const ANNOTATION_KEYS = [
  'label',
  'labels',
  'entities',
  'annotations',
  'completions',
  'predictions',
  'spans',
  'result',
  'cats',
  'relations',
  'ner_tags',
  'tags',
];

/** Keys whose lists are never annotations, though their items have offsets. */
const NOT_ANNOTATIONS = new Set(['tokens']);

/**
 * The keys of a record that hold annotation-shaped data which the reader did not read: a
 * non-empty list or object under a name tools use for annotations, or a list of labelled
 * spans under any other name (`[start, end, label]`, or objects with a label and
 * `start`/`end` or `start_offset`/`end_offset`). An import must say so instead of adding the
 * document with nothing.
 * @example unreadAnnotationKeys({ text: 'x', spans: [{ start: 0, end: 1 }] }, new Set(['text', 'label'])) → ['spans']
 * @example unreadAnnotationKeys({ text: 'x', events: [{ start_offset: 0, end_offset: 1, label: 'A' }] }, new Set(['text'])) → ['events']
 */
export function unreadAnnotationKeys(
  record: Readonly<Record<string, unknown>>,
  read: ReadonlySet<string>,
): string[] {
  const named = ANNOTATION_KEYS.filter((key) => {
    if (read.has(key)) return false;
    const value = record[key];
    if (Array.isArray(value)) return value.length > 0;
    return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  });
  const shaped = Object.keys(record).filter(
    (key) =>
      !read.has(key) &&
      !ANNOTATION_KEYS.includes(key) &&
      !NOT_ANNOTATIONS.has(key) &&
      holdsLabelledSpans(record[key]),
  );
  return [...named, ...shaped];
}

/** True when `key` is a name annotation tools use, not one {@link unreadAnnotationKeys} found by shape. */
export function isAnnotationKey(key: string): boolean {
  return ANNOTATION_KEYS.includes(key);
}

function holdsLabelledSpans(value: unknown): boolean {
  return Array.isArray(value) && value.some(isLabelledSpan);
}

function isLabelledSpan(item: unknown): boolean {
  if (Array.isArray(item))
    return (
      item.length === 3 &&
      typeof item[0] === 'number' &&
      typeof item[1] === 'number' &&
      typeof item[2] === 'string'
    );
  if (!isRecord(item)) return false;
  const o = item;
  const offsets =
    (typeof o.start === 'number' && typeof o.end === 'number') ||
    (typeof o.start_offset === 'number' && typeof o.end_offset === 'number');
  return offsets && (typeof o.label === 'string' || Array.isArray(o.labels));
}
