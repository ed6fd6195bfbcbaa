import type { SchemaAdditions } from '../../shared/contract/interchange';
import type { Vocabulary } from '../../shared/formats';
import type { LabelSchema, LabelStyles } from '../../shared/model';
import { itemAt } from '../../shared/collections';
import { getOwn, setOwn } from '../../shared/collections';

const PALETTE = [
  '#e4572e',
  '#2e86de',
  '#17a673',
  '#8e44ad',
  '#d4a017',
  '#c0392b',
  '#16a085',
  '#7f8c8d',
  '#ad5389',
  '#5d6d7e',
  '#b9770e',
  '#1f618d',
];

/** A schema grown by what an import brings, and the list of what it gained. */
export interface GrownSchema {
  readonly schema: LabelSchema;
  readonly styles: LabelStyles;
  readonly added: SchemaAdditions;
  readonly changed: boolean;
}

/**
 * Adds to a schema the labels, polarities, topics, relation, entity and event types (those a
 * configuration declares), attribute values and document label values an import uses and the
 * schema lacks. A new label gets the colour the import gives it (brat's `visual.conf`), else
 * a colour picked by its name, so the same import always looks the same.
 * @example growSchema(schema, styles, { ...vocabulary, labels: ['WEAPON'] }).added.labels → ['WEAPON']
 */
export function growSchema(
  schema: LabelSchema,
  styles: LabelStyles,
  vocabulary: Vocabulary,
): GrownSchema {
  const missing = (have: readonly string[], want: readonly string[]) =>
    want.filter((w) => !have.includes(w));
  const labels = missing(
    schema.labels.map((l) => l.name),
    vocabulary.labels,
  );
  const polarities = missing(schema.polarities, vocabulary.polarities);
  const topics = missing(
    schema.topics.map((t) => t.id),
    vocabulary.topics,
  );
  const relationTypes = missing(schema.relationTypes, vocabulary.relationTypes);
  const entityTypes = missing(schema.entityTypes, vocabulary.entityTypes);
  const attributes = grownValues(schema.attributes, vocabulary.attributes);
  const documentLabels = grownValues(schema.documentLabels, vocabulary.documentLabels);
  const eventTypes = (vocabulary.eventTypes ?? []).filter(
    (e) => !(schema.eventTypes ?? []).some((known) => known.name === e.name),
  );
  const added: SchemaAdditions = {
    labels,
    polarities,
    topics,
    relationTypes,
    entityTypes,
    attributes: attributes.added,
    documentLabels: documentLabels.added,
  };
  const changed =
    [labels, polarities, topics, relationTypes, entityTypes, eventTypes].some(
      (l) => l.length > 0,
    ) || Object.keys(attributes.added).length + Object.keys(documentLabels.added).length > 0;
  return {
    schema: {
      ...schema,
      labels: [...schema.labels, ...labels.map((name) => ({ name }))],
      polarities: [...schema.polarities, ...polarities],
      topics: [
        ...schema.topics,
        ...topics.map((id) => ({ id, name: getOwn(vocabulary.topicNames ?? {}, id) ?? id })),
      ],
      relationTypes: [...schema.relationTypes, ...relationTypes],
      entityTypes: [...schema.entityTypes, ...entityTypes],
      attributes: attributes.list,
      documentLabels: documentLabels.list,
      ...(eventTypes.length > 0
        ? { eventTypes: [...(schema.eventTypes ?? []), ...eventTypes] }
        : {}),
    },
    styles: {
      ...styles,
      ...Object.fromEntries(
        labels
          .filter((l) => !getOwn(styles, l))
          .map((l) => [l, { color: getOwn(vocabulary.colors ?? {}, l) ?? colourOf(l) }]),
      ),
    },
    added,
    changed,
  };
}

function grownValues(
  have: readonly { name: string; values: string[] }[],
  want: Readonly<Record<string, readonly string[]>>,
): { list: { name: string; values: string[] }[]; added: Record<string, string[]> } {
  const list = have.map((entry) => ({ ...entry, values: [...entry.values] }));
  const added: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(want)) {
    const found = list.find((e) => e.name === name);
    const entry = found ?? { name, values: [] };
    if (!found) {
      list.push(entry);
      setOwn(added, name, []);
    }
    const fresh = values.filter((v) => !entry.values.includes(v));
    if (fresh.length > 0) setOwn(added, name, [...(getOwn(added, name) ?? []), ...fresh]);
    entry.values.push(...fresh);
  }
  return { list, added };
}

function colourOf(label: string): string {
  let h = 0;
  for (const ch of label) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return itemAt(PALETTE, h % PALETTE.length);
}
