import type { EventTypeDefinition } from '../model';
import type { FormatBundle } from './common';

/** Every name an import brings: what the schema may need to gain. Lists are sorted. */
export interface Vocabulary {
  readonly labels: readonly string[];
  readonly relationTypes: readonly string[];
  readonly polarities: readonly string[];
  readonly topics: readonly string[];
  /** Names the file gives topic ids (a stance table's targets), for topics the schema gains. */
  readonly topicNames?: Readonly<Record<string, string>>;
  readonly entityTypes: readonly string[];
  /** Attribute name → the text values seen (binary and number attributes have none). */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  readonly documentLabels: Readonly<Record<string, readonly string[]>>;
  /** Event types a configuration declares, with their arguments (their names are labels too: a trigger's). */
  readonly eventTypes?: readonly EventTypeDefinition[];
  /** Label → `#rrggbb`, the colours a configuration gives labels (for labels the schema gains). */
  readonly colors?: Readonly<Record<string, string>>;
}

/**
 * Collects the labels (event triggers' included), relation and equivalence types (and those a
 * configuration declares, `bundle.declared`, with its event types),
 * polarities, topic ids, entity types, attribute values (of spans, relations and events)
 * and document label values a bundle uses, so an import can add what is missing.
 * @example collectVocabulary(bundle).polarities → ['AGAINST', 'FAVOR']
 */
export function collectVocabulary(bundle: FormatBundle): Vocabulary {
  const attributes = new Map<string, Set<string>>();
  const documentLabels = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value?: string) => {
    const values = map.get(key) ?? new Set<string>();
    if (value !== undefined) values.add(value);
    map.set(key, values);
  };
  for (const [name, values] of Object.entries(bundle.declared?.attributes ?? {})) {
    add(attributes, name);
    for (const value of values) add(attributes, name, value);
  }
  for (const doc of bundle.documents) {
    for (const item of [...doc.spans, ...doc.relations, ...(doc.events ?? [])]) {
      for (const [name, value] of Object.entries(item.attributes ?? {}))
        add(attributes, name, typeof value === 'string' ? value : undefined);
    }
    for (const [name, value] of Object.entries(doc.documentLabels))
      add(documentLabels, name, value);
  }
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const record = (map: Map<string, Set<string>>) =>
    Object.fromEntries(
      [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)]),
    );
  const docs = bundle.documents;
  return {
    labels: sorted([
      ...(bundle.declared?.labels ?? []),
      ...(bundle.declared?.eventTypes ?? []).map((e) => e.name),
      ...docs.flatMap((d) => d.spans.map((s) => s.label)),
    ]),
    relationTypes: sorted([
      ...(bundle.declared?.relationTypes ?? []),
      ...docs.flatMap((d) => [
        ...d.relations.map((r) => r.type),
        ...(d.equivalences ?? []).map((q) => q.type),
      ]),
    ]),
    polarities: sorted(docs.flatMap((d) => d.stances.map((s) => s.polarity))),
    topics: sorted(
      docs.flatMap((d) =>
        d.stances.flatMap((s) => (s.target?.kind === 'topic' ? [s.target.topicId] : [])),
      ),
    ),
    ...(bundle.topics && bundle.topics.length > 0
      ? { topicNames: Object.fromEntries(bundle.topics.map((t) => [t.id, t.name])) }
      : {}),
    entityTypes: sorted(
      [...bundle.entities, ...docs.flatMap((d) => d.entities)].map((e) => e.type),
    ),
    attributes: record(attributes),
    documentLabels: record(documentLabels),
    ...(bundle.declared?.eventTypes ? { eventTypes: bundle.declared.eventTypes } : {}),
    ...(bundle.declared?.colors ? { colors: bundle.declared.colors } : {}),
  };
}
