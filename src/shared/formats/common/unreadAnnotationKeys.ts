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

/**
 * The keys of a record that hold annotation-shaped data (a non-empty list or object under a
 * name tools use for annotations) which the reader did not read: an import must say so
 * instead of adding the document with nothing.
 * @example unreadAnnotationKeys({ text: 'x', spans: [{ start: 0, end: 1 }] }, new Set(['text', 'label'])) → ['spans']
 */
export function unreadAnnotationKeys(
  record: Readonly<Record<string, unknown>>,
  read: ReadonlySet<string>,
): string[] {
  return ANNOTATION_KEYS.filter((key) => {
    if (read.has(key)) return false;
    const value = record[key];
    if (Array.isArray(value)) return value.length > 0;
    return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  });
}
