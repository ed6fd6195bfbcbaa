import {
  bundleOf,
  inFileOrder,
  type FormatBundle,
  type FormatDocument,
} from '../../shared/formats';
import type { Entity, Holder, Layer, Target } from '../../shared/model';
import {
  StoreError,
  unreadDocumentsError,
  type EntityRegistry,
  type ProjectFolder,
} from '../store';
import { exportedLayer, type ExportedLayer } from './exportedLayer';
import { NothingToExportError } from './nothingToExport';
import type { Monitor } from './importPlan';

/** The documents of one layer as formats take them, and how many were left out as not done. */
export interface ExportBundle {
  readonly bundle: FormatBundle;
  readonly notDone: number;
  /** Suggestions rejected in the layers: left out, unless `includeRejected` kept them. */
  readonly rejected: number;
}

/** Layer reads in flight while an export walks the documents. */
const READ_AHEAD = 16;

/** The name a document is exported under: its project name without `.txt` (brat writes `<name>.txt` and `<name>.ann`). */
export function exportNameOf(name: string): string {
  return name.toLowerCase().endsWith('.txt') ? name.slice(0, -4) : name;
}

/**
 * Reads one annotator's layer of every document (only those marked done, if asked; only those
 * `keep` keeps, by id, when given) with its text, entity links resolved through merges to the
 * live registry entries. Suggestions rejected in a machine layer are left out (and counted)
 * unless `includeRejected`.
 * @example (await exportBundle(store, 'gold', { onlyDone: true, includeRejected: false })).bundle.documents.length
 */
export async function exportBundle(
  store: ProjectFolder,
  annotator: string,
  { onlyDone, includeRejected }: { onlyDone: boolean; includeRejected: boolean },
  monitor: Monitor = {},
  keep?: (documentId: string) => boolean,
): Promise<ExportBundle> {
  // Without a document Loupe could not read, the training set would miss it silently.
  const unread = unreadDocumentsError(store.unreadDocuments(), 'an export', 'export again');
  if (unread) throw unread;
  const listed = await store.layerFilesOf(annotator);
  if (listed.length === 0 && store.listDocuments().length > 0)
    throw new NothingToExportError(noLayerMessage(annotator, await store.listAnnotators()));
  const documents: FormatDocument[] = [];
  const labels = new Set<string>();
  const metas = store.listDocuments().filter((meta) => !keep || keep(meta.id));
  let notDone = 0;
  let rejected = 0;
  // A layer read before and unchanged on disk is taken at once (a stat on the event loop);
  // the others are asked for a window ahead, so their reads overlap.
  const reads = new Map<number, Promise<Readonly<Layer>>>();
  const readAhead = (index: number): void => {
    const meta = metas[index];
    if (!meta || reads.has(index)) return;
    const read = store.readLayerShared(meta.id, annotator);
    read.catch(() => undefined); // awaited in order below; a failure is thrown there
    reads.set(index, read);
  };
  for (const [index, meta] of metas.entries()) {
    monitor.signal?.throwIfAborted();
    let read = reads.get(index) ?? store.readLayerIfFresh(meta.id, annotator);
    if (!read) {
      for (let ahead = index; ahead < index + READ_AHEAD; ahead++) readAhead(ahead);
      read = reads.get(index) ?? store.readLayerShared(meta.id, annotator);
    }
    reads.delete(index);
    const layer = exportedLayer(read instanceof Promise ? await read : read, includeRejected);
    monitor.onProgress?.({ phase: 'planning', done: index + 1, total: metas.length });
    if (onlyDone && layer.layer.status !== 'done') {
      notDone++;
      continue;
    }
    rejected += layer.rejected;
    for (const label of layer.labels) labels.add(label);
    const text = store.keptText(meta.id) ?? (await store.readText(meta.id));
    documents.push(exportedDocument(exportNameOf(meta.name), meta, text, layer, store.entities));
  }
  await refuseRemovedLayers(store, annotator, listed);
  // By name, as the project lists them, but a CoNLL file's documents in the file's order.
  const ordered = inFileOrder(documents);
  return { bundle: bundleOf(ordered, [], [...labels].sort()), notDone, rejected };
}

/** Why an annotator without a single layer has nothing to export, and whose layers there are. */
function noLayerMessage(annotator: string, annotators: readonly string[]): string {
  const others = annotators.filter((name) => name !== annotator);
  const whose =
    others.length > 0
      ? `the annotators with layers are ${others.join(', ')}`
      : 'no one has annotated it yet';
  if (annotator === 'gold')
    return `nothing to export: no gold layer in this project yet; adjudicate first (Review in the app, or loupe adjudicate); ${whose}`;
  return `nothing to export: ${annotator} has no annotations in this project; ${whose}`;
}

/**
 * Throws when a layer file the export listed at its start is gone at its end (another
 * program removed or replaced it meanwhile, as a checkout does): its document would have gone
 * out with no annotations.
 */
async function refuseRemovedLayers(
  store: ProjectFolder,
  annotator: string,
  listed: readonly string[],
): Promise<void> {
  const now = new Set(await store.layerFilesOf(annotator));
  const gone = listed.find((id) => !now.has(id) && store.hasDocument(id));
  if (gone === undefined) return;
  throw new StoreError(
    store.layerFile(gone, annotator),
    'was removed while the export read the project, so its annotations would be missing; nothing was written: export again',
    'io',
  );
}

/** Documents of layers without entity links, by layer value: the same name, folder, text and layer make the same document. */
const unlinked = new WeakMap<Layer, FormatDocument>();

/** The document an export writes for one layer; one without entity links is made once per layer value. */
function exportedDocument(
  name: string,
  { folder, source }: { readonly folder?: string; readonly source?: string },
  text: string,
  { layer, linked }: ExportedLayer,
  registry: EntityRegistry,
): FormatDocument {
  const place = { folder, source };
  if (linked) return formatDocumentOf(name, place, text, layer, registry, true);
  const known = unlinked.get(layer);
  if (
    known &&
    known.name === name &&
    known.folder === folder &&
    known.source === source &&
    known.text === text
  )
    return known;
  const document = formatDocumentOf(name, place, text, layer, registry, false);
  unlinked.set(layer, document);
  return document;
}

function formatDocumentOf(
  name: string,
  { folder, source }: { readonly folder: string | undefined; readonly source: string | undefined },
  text: string,
  layer: Layer,
  registry: EntityRegistry,
  linked: boolean,
): FormatDocument {
  // No closure per document: under a build that keeps function names (tsx) each costs a defineProperty.
  const entities = new Map<string, Entity>();
  // A layer without entity links is taken as it is: no copy and no call per span.
  const spans = linked
    ? layer.spans.map((span) =>
        span.entityId ? { ...span, entityId: liveEntity(registry, entities, span.entityId) } : span,
      )
    : layer.spans;
  return {
    name,
    ...(folder === undefined ? {} : { folder }),
    // The file it was imported from: a format whose files go back by it (spans JSONL) reads it.
    ...(source === undefined ? {} : { source }),
    text,
    textHash: layer.textHash,
    annotator: layer.annotator,
    status: layer.status,
    ...(layer.updatedAt ? { updatedAt: layer.updatedAt } : {}),
    spans,
    relations: layer.relations,
    stances: layer.stances.map((stance) => ({
      ...stance,
      ...(stance.holder ? { holder: liveRole(registry, entities, stance.holder) } : {}),
      ...(stance.target ? { target: liveRole(registry, entities, stance.target) } : {}),
    })),
    entities: [...entities.values()],
    documentLabels: layer.documentLabels,
    ...(layer.events ? { events: layer.events } : {}),
    ...(layer.equivalences ? { equivalences: layer.equivalences } : {}),
    ...(layer.metadata ? { metadata: layer.metadata } : {}),
  };
}

/** The id an entity link resolves to through merges (kept in `entities`), or the id itself when it resolves to none. */
function liveEntity(registry: EntityRegistry, entities: Map<string, Entity>, id: string): string {
  const entity = registry.resolve(id);
  if (!entity) return id;
  entities.set(entity.id, entity);
  return entity.id;
}

/** A stance's holder or target with its entity link resolved. */
function liveRole<T extends Holder | Target>(
  registry: EntityRegistry,
  entities: Map<string, Entity>,
  value: T,
): T {
  return value.kind === 'entity'
    ? { ...value, entityId: liveEntity(registry, entities, value.entityId) }
    : value;
}
