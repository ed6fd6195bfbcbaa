import type { AnnotationEvent, Entity } from '../../model';
import { FORMAT_VERSION } from '../../model';
import type { FormatBundle, FormatDocument, WriteResult } from '../common';

/** The file a Loupe export is written to. */
export const LOUPE_FILE = 'loupe.json';

const ORDER = {
  entity: ['id', 'name', 'type', 'aliases', 'kbId', 'note'],
  span: [
    'id',
    'label',
    'fragments',
    'entityId',
    'attributes',
    'note',
    'normalizations',
    'author',
    'createdAt',
    'updatedAt',
  ],
  fragment: ['start', 'end'],
  relation: ['id', 'type', 'from', 'to', 'fromRole', 'toRole', 'attributes', 'note'],
  stance: [
    'id',
    'holder',
    'target',
    'polarity',
    'evidence',
    'note',
    'author',
    'createdAt',
    'updatedAt',
  ],
  role: ['kind', 'spanId', 'entityId', 'topicId'],
  event: ['id', 'type', 'trigger', 'arguments', 'attributes', 'note'],
  argument: ['role', 'ref'],
  equivalence: ['type', 'members'],
  normalization: ['db', 'key', 'text'],
};

/**
 * Writes everything, losslessly: each document's text, hash, annotator, status,
 * document labels, spans, relations and stances, and every entity referred to, as
 * pretty-printed JSON whose keys come in a fixed order (maps sorted), so one change is
 * a small diff.
 * @example writeLoupe(bundle).files[0].content.startsWith('{\n  "format": "loupe",\n  "formatVersion": 1,')
 */
export function writeLoupe(bundle: FormatBundle): WriteResult {
  const entities = new Map<string, Entity>();
  for (const entity of bundle.entities) entities.set(entity.id, entity);
  for (const doc of bundle.documents) {
    for (const entity of doc.entities)
      if (!entities.has(entity.id)) entities.set(entity.id, entity);
  }
  const file = {
    format: 'loupe',
    formatVersion: FORMAT_VERSION,
    entities: [...entities.values()].map((e) => ordered(e, ORDER.entity)),
    documents: bundle.documents.map(documentJson),
  };
  const spans = bundle.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
  const stances = bundle.documents.reduce((sum, doc) => sum + doc.stances.length, 0);
  const relations = bundle.documents.reduce((sum, doc) => sum + doc.relations.length, 0);
  return {
    files: [{ path: LOUPE_FILE, content: `${JSON.stringify(file, null, 2)}\n` }],
    summary: {
      documents: bundle.documents.length,
      spans,
      stances,
      ...(relations > 0 ? { relations } : {}),
      notExpressed: {},
    },
  };
}

function documentJson(doc: FormatDocument): object {
  return {
    name: doc.name,
    text: doc.text,
    ...(doc.textHash === undefined ? {} : { textHash: doc.textHash }),
    ...(doc.annotator === undefined ? {} : { annotator: doc.annotator }),
    ...(doc.status === undefined ? {} : { status: doc.status }),
    ...(doc.updatedAt === undefined ? {} : { updatedAt: doc.updatedAt }),
    documentLabels: ordered(doc.documentLabels, []),
    spans: doc.spans.map((s) =>
      ordered(
        {
          ...s,
          fragments: s.fragments.map((f) => ordered(f, ORDER.fragment)),
          ...(s.attributes ? { attributes: ordered(s.attributes, []) } : {}),
          ...(s.normalizations
            ? { normalizations: s.normalizations.map((n) => ordered(n, ORDER.normalization)) }
            : {}),
        },
        ORDER.span,
      ),
    ),
    relations: doc.relations.map((r) =>
      ordered(r.attributes ? { ...r, attributes: ordered(r.attributes, []) } : r, ORDER.relation),
    ),
    stances: doc.stances.map((s) =>
      ordered(
        {
          ...s,
          ...(s.holder ? { holder: ordered(s.holder, ORDER.role) } : {}),
          ...(s.target ? { target: ordered(s.target, ORDER.role) } : {}),
        },
        ORDER.stance,
      ),
    ),
    ...(doc.events && doc.events.length > 0 ? { events: doc.events.map(eventJson) } : {}),
    ...(doc.equivalences && doc.equivalences.length > 0
      ? { equivalences: doc.equivalences.map((q) => ordered(q, ORDER.equivalence)) }
      : {}),
    ...(doc.metadata && Object.keys(doc.metadata).length > 0 ? { metadata: doc.metadata } : {}),
  };
}

function eventJson(event: AnnotationEvent): object {
  return ordered(
    {
      ...event,
      arguments: event.arguments.map((a) => ordered(a, ORDER.argument)),
      ...(event.attributes ? { attributes: ordered(event.attributes, []) } : {}),
    },
    ORDER.event,
  );
}

/** The same object with `first` keys in that order, then the rest sorted; undefined values left out. */
function ordered(value: object, first: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
