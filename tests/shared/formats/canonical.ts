import type { Entity, Holder, Target } from '../../../src/shared/model';
import type { FormatBundle, FormatDocument, FormatSpan } from '../../../src/shared/formats';

/** What a format keeps besides offsets and labels. */
export interface Keeps {
  readonly name?: boolean;
  readonly entityLinks?: boolean;
  /** Entity links compared by knowledge base id and name only (formats that cannot carry Loupe's ids). */
  readonly linksByKbId?: boolean;
  readonly attributes?: boolean;
  readonly notes?: boolean;
  readonly relations?: boolean;
  readonly relationNotes?: boolean;
  readonly stances?: boolean;
  readonly documentLabels?: boolean;
}

/**
 * An order- and id-independent picture of a bundle restricted to what a format keeps:
 * spans become sorted keys, references become the referenced span's key.
 */
export function canonical(bundle: FormatBundle, keeps: Keeps): unknown[] {
  const entities = new Map<string, Entity>();
  for (const e of bundle.entities) entities.set(e.id, e);
  return bundle.documents.map((doc) => canonicalDocument(doc, keeps, entities));
}

function canonicalDocument(
  doc: FormatDocument,
  keeps: Keeps,
  registry: Map<string, Entity>,
): unknown {
  const entities = new Map(registry);
  for (const e of doc.entities) entities.set(e.id, e);
  const key = (s: FormatSpan) =>
    JSON.stringify([
      s.fragments.map((f) => [f.start, f.end]),
      s.label,
      keeps.entityLinks && s.entityId !== undefined
        ? linkOf(entities.get(s.entityId), keeps.linksByKbId ? null : s.entityId)
        : null,
      keeps.attributes ? sortedAttributes(s.attributes) : null,
      keeps.notes ? (s.note ?? null) : null,
    ]);
  const byId = new Map(
    doc.spans.flatMap((s) => (s.id === undefined ? [] : [[s.id, key(s)] as const])),
  );
  const role = (r: Holder | Target | undefined) => {
    if (!r) return null;
    if (r.kind === 'span') return ['span', byId.get(r.spanId)];
    if (r.kind === 'entity') return ['entity', r.entityId];
    return ['topic', r.topicId];
  };
  return {
    ...(keeps.name ? { name: doc.name } : {}),
    text: doc.text,
    spans: doc.spans.map(key).sort(),
    relations: keeps.relations
      ? doc.relations
          .map((r) =>
            JSON.stringify([
              r.type,
              byId.get(r.from),
              byId.get(r.to),
              keeps.relationNotes ? (r.note ?? null) : null,
            ]),
          )
          .sort()
      : [],
    stances: keeps.stances
      ? doc.stances
          .map((s) =>
            JSON.stringify([
              s.polarity,
              role(s.holder),
              role(s.target),
              s.evidence.map((id) => byId.get(id)),
              s.note ?? null,
            ]),
          )
          .sort()
      : [],
    documentLabels: keeps.documentLabels ? doc.documentLabels : {},
  };
}

function linkOf(entity: Entity | undefined, id: string | null): unknown {
  return [id, entity?.kbId ?? null, entity?.name ?? null];
}

function sortedAttributes(attributes: FormatSpan['attributes']): unknown {
  const entries = Object.entries(attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length > 0 ? entries : null;
}
