import {
  attributeSchema,
  documentLabelSchema,
  labelSchemaEntry,
  labelSchemaSchema,
  labelStyleSchema,
  topicSchema,
  type LabelSchema,
  type LabelStyles,
} from '../../shared/model';
import { getOwn, setOwn } from '../../shared/collections';

/**
 * The schema and styles a user saved, with the fields Loupe does not know (a newer Loupe's, a
 * script's) that the saved project held carried over: the schema's own, and each label's,
 * style's, topic's, document label's and attribute's, matched by name (topics by id). The
 * schema dialog rebuilds some entries from text (topics, document labels), which would drop them.
 * @example keptSchemaFields(before, given).labels[0] // { name: 'PERSON', wikidataClass: 'Q5' } when before's PERSON had it
 */
export function keptSchemaFields(
  before: { schema: LabelSchema; styles: LabelStyles },
  given: { schema: LabelSchema; styles: LabelStyles },
): { schema: LabelSchema; styles: LabelStyles } {
  const old = before.schema;
  const schema: LabelSchema = {
    ...withKept(old, given.schema, labelSchemaSchema.shape),
    labels: keptIn(old.labels, given.schema.labels, (l) => l.name, labelSchemaEntry.shape),
    topics: keptIn(old.topics, given.schema.topics, (t) => t.id, topicSchema.shape),
    documentLabels: keptIn(
      old.documentLabels,
      given.schema.documentLabels,
      (d) => d.name,
      documentLabelSchema.shape,
    ),
    attributes: keptIn(
      old.attributes,
      given.schema.attributes,
      (a) => a.name,
      attributeSchema.shape,
    ),
  };
  const styles: LabelStyles = {};
  for (const [name, style] of Object.entries(given.styles)) {
    const was = getOwn(before.styles, name);
    setOwn(styles, name, was ? withKept(was, style, labelStyleSchema.shape) : style);
  }
  return { schema, styles };
}

/** Each item of `given` with the unknown fields of the item of `before` with the same key. */
function keptIn<T extends object>(
  before: readonly T[],
  given: readonly T[],
  keyOf: (item: T) => string,
  shape: object,
): T[] {
  const byKey = new Map(before.map((item) => [keyOf(item), item]));
  return given.map((item) => {
    const was = byKey.get(keyOf(item));
    return was ? withKept(was, item, shape) : item;
  });
}

/** `given`, plus the fields of `before` that are neither in `shape` (modelled) nor in `given`. */
function withKept<T extends object>(before: T, given: T, shape: object): T {
  const out = { ...given };
  for (const [key, value] of Object.entries(before))
    if (!Object.hasOwn(shape, key) && !Object.hasOwn(given, key))
      // Defined, not assigned: a kept field named `__proto__` stays a field.
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return out;
}
