import { bundleOf, type FormatBundle, type FormatDocument } from '../../shared/formats';
import type { Entity, Holder, Layer, Target } from '../../shared/model';
import type { EntityRegistry, ProjectFolder } from '../store';
import type { Monitor } from './importPlan';

/** The documents of one layer as formats take them, and how many were left out as not done. */
export interface ExportBundle {
  readonly bundle: FormatBundle;
  readonly notDone: number;
}

/** The name a document is exported under: its project name without `.txt` (brat writes `<name>.txt` and `<name>.ann`). */
export function exportNameOf(name: string): string {
  return name.toLowerCase().endsWith('.txt') ? name.slice(0, -4) : name;
}

/**
 * Reads one annotator's layer of every document (only those marked done, if asked) with
 * its text, entity links resolved through merges to the live registry entries.
 * @example (await exportBundle(store, 'gold', true)).bundle.documents.length
 */
export async function exportBundle(
  store: ProjectFolder,
  annotator: string,
  onlyDone: boolean,
  monitor: Monitor = {},
): Promise<ExportBundle> {
  const documents: FormatDocument[] = [];
  const metas = store.listDocuments();
  let notDone = 0;
  for (const [index, meta] of metas.entries()) {
    monitor.signal?.throwIfAborted();
    const layer = await store.readLayerShared(meta.id, annotator);
    monitor.onProgress?.({ phase: 'planning', done: index + 1, total: metas.length });
    if (onlyDone && layer.status !== 'done') {
      notDone++;
      continue;
    }
    documents.push(
      formatDocumentOf(
        exportNameOf(meta.name),
        await store.readText(meta.id),
        layer,
        store.entities,
      ),
    );
  }
  return { bundle: bundleOf(documents, []), notDone };
}

function formatDocumentOf(
  name: string,
  text: string,
  layer: Layer,
  registry: EntityRegistry,
): FormatDocument {
  const entities = new Map<string, Entity>();
  const live = (id: string) => {
    const entity = registry.resolve(id);
    if (!entity) return id;
    entities.set(entity.id, entity);
    return entity.id;
  };
  const role = <T extends Holder | Target>(value: T): T =>
    value.kind === 'entity' ? { ...value, entityId: live(value.entityId) } : value;
  return {
    name,
    text,
    textHash: layer.textHash,
    annotator: layer.annotator,
    status: layer.status,
    ...(layer.updatedAt ? { updatedAt: layer.updatedAt } : {}),
    spans: layer.spans.map((span) =>
      span.entityId ? { ...span, entityId: live(span.entityId) } : span,
    ),
    relations: layer.relations,
    stances: layer.stances.map((stance) => ({
      ...stance,
      ...(stance.holder ? { holder: role(stance.holder) } : {}),
      ...(stance.target ? { target: role(stance.target) } : {}),
    })),
    entities: [...entities.values()],
    documentLabels: layer.documentLabels,
  };
}
