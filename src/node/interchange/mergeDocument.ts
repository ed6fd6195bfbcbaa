import {
  renameKeptBiocIds,
  renameKeptBratIds,
  renameKeptLabelStudioIds,
  renameKeptMaeIds,
  renameKeptPubtatorIds,
  type FormatDocument,
} from '../../shared/formats';
import type { Holder, Target } from '../../shared/model';
import type { WorkingLayer } from './workingLayer';
import { getOwn, setOwn } from '../../shared/collections';

/** What merging one imported document into a layer added, and what was already there. */
export interface MergeCount {
  readonly spans: number;
  readonly relations: number;
  readonly stances: number;
  readonly events: number;
  readonly equivalences: number;
  /** Document labels set or changed (a label the layer had with the same value is already there). */
  readonly documentLabels: number;
  readonly alreadyPresent: number;
}

/** Who made the annotations and when, and how the file's entity ids map to the project's. */
export interface MergeContext {
  readonly annotator: string;
  readonly now: string;
  readonly entityIds: ReadonlyMap<string, string>;
}

/**
 * Adds an imported document's spans, relations and stances to a layer, turning the file's
 * span and entity ids into the layer's and the registry's; its status and document labels
 * win over the layer's.
 * @example mergeDocument(layer, { ...doc, spans: [{ id: 'T1', label: 'ORG', fragments: [{ start: 0, end: 3 }] }] }, ctx).spans === 1
 */
export function mergeDocument(
  layer: WorkingLayer,
  doc: FormatDocument,
  ctx: MergeContext,
): MergeCount {
  layer.beginDocument();
  const spanIds = new Map<string, string>();
  const entity = (id: string) => ctx.entityIds.get(id) ?? id;
  let spans = 0;
  let relations = 0;
  let stances = 0;
  let alreadyPresent = 0;
  for (const span of doc.spans) {
    const { id: wanted, entityId, ...fields } = span;
    const result = layer.addSpan(
      {
        ...fields,
        ...(entityId ? { entityId: entity(entityId) } : {}),
        author: span.author ?? ctx.annotator,
        createdAt: span.createdAt ?? ctx.now,
        updatedAt: span.updatedAt ?? ctx.now,
      },
      wanted,
    );
    if (wanted !== undefined) spanIds.set(wanted, result.id);
    if (result.added) spans++;
    else alreadyPresent++;
  }
  const events = mergeEvents(layer, doc, spanIds);
  alreadyPresent += events.alreadyPresent;
  const spanOf = (id: string) => spanIds.get(id) ?? events.ids.get(id) ?? id;
  const relationIds = new Map<string, string>();
  for (const relation of doc.relations) {
    const { id: wanted, ...fields } = relation;
    const result = layer.addRelation(
      { ...fields, from: spanOf(relation.from), to: spanOf(relation.to) },
      wanted,
    );
    if (wanted !== undefined && wanted !== result.id) relationIds.set(wanted, result.id);
    if (result.added) relations++;
    else alreadyPresent++;
  }
  let equivalences = 0;
  for (const set of doc.equivalences ?? []) {
    if (layer.addEquivalence({ ...set, members: set.members.map(spanOf) })) equivalences++;
    else alreadyPresent++;
  }
  // Label Studio, MAE, PubTator, BioC and brat layouts name the file's spans (brat's, events too; BioC's, relations too) by id: those given other ids here are renamed there too.
  const renamed = new Map([...spanIds].filter(([wanted, id]) => wanted !== id));
  const renamedEvents = new Map([...events.ids].filter(([wanted, id]) => wanted !== id));
  if (doc.metadata)
    layer.mergeMetadata(
      renameKeptBratIds(
        renameKeptBiocIds(
          renameKeptPubtatorIds(
            renameKeptMaeIds(renameKeptLabelStudioIds(doc.metadata, renamed), renamed),
            renamed,
          ),
          renamed,
          relationIds,
        ),
        new Map([...renamed, ...renamedEvents]),
      ),
    );
  for (const stance of doc.stances) {
    const { id: wanted, holder, target, ...fields } = stance;
    const mapped = {
      ...fields,
      ...(holder ? { holder: mapRole(holder, spanOf, entity) } : {}),
      ...(target ? { target: mapRole(target, spanOf, entity) } : {}),
      evidence: stance.evidence.map(spanOf),
      author: stance.author ?? ctx.annotator,
      createdAt: stance.createdAt ?? ctx.now,
      updatedAt: stance.updatedAt ?? ctx.now,
    };
    if (layer.addStance(mapped, wanted)) stances++;
    else alreadyPresent++;
  }
  if (doc.status) {
    if (doc.status !== layer.status) layer.changed = true;
    layer.status = doc.status;
  }
  let documentLabels = 0;
  for (const [name, value] of Object.entries(doc.documentLabels)) {
    if (getOwn(layer.documentLabels, name) === value) continue;
    setOwn(layer.documentLabels, name, value);
    layer.changed = true;
    documentLabels++;
  }
  return {
    spans,
    relations,
    stances,
    events: events.added,
    equivalences,
    documentLabels,
    alreadyPresent,
  };
}

/**
 * Adds events, those whose arguments name other events after them, so an event equal to one
 * already in the layer (same trigger and arguments, after mapping) is found and not added twice.
 */
function mergeEvents(
  layer: WorkingLayer,
  doc: FormatDocument,
  spanIds: ReadonlyMap<string, string>,
): { ids: Map<string, string>; added: number; alreadyPresent: number } {
  const ids = new Map<string, string>();
  const own = new Set((doc.events ?? []).map((e) => e.id));
  let pending = [...(doc.events ?? [])];
  let added = 0;
  let alreadyPresent = 0;
  while (pending.length > 0) {
    const ready = pending.filter((e) =>
      e.arguments.every((a) => !own.has(a.ref) || ids.has(a.ref)),
    );
    const batch = ready.length > 0 ? ready : pending;
    for (const event of batch) {
      const ref = (id: string) => spanIds.get(id) ?? ids.get(id) ?? id;
      const { id: wanted, ...fields } = event;
      const result = layer.addEvent(
        {
          ...fields,
          trigger: ref(event.trigger),
          arguments: event.arguments.map((a) => ({ role: a.role, ref: ref(a.ref) })),
        },
        wanted,
      );
      ids.set(event.id, result.id);
      if (result.added) added++;
      else alreadyPresent++;
    }
    pending = pending.filter((e) => !batch.includes(e));
  }
  return { ids, added, alreadyPresent };
}

function mapRole<T extends Holder | Target>(
  role: T,
  spanOf: (id: string) => string,
  entity: (id: string) => string,
): T {
  if (role.kind === 'span') return { ...role, spanId: spanOf(role.spanId) };
  if (role.kind === 'entity') return { ...role, entityId: entity(role.entityId) };
  return role;
}
