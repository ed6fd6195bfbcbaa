import { readFile, rmdir, unlink } from 'node:fs/promises';
import { atomicWrite, projectLayout, type EntityRegistry, type ProjectStore } from '../store';
import type { ImportPlan, Monitor } from './importPlan';

type Undo = () => Promise<void>;

/**
 * Writes a checked plan: schema, new entities, then document by document its text and
 * layers. A failure or a cancel (the monitor's signal) undoes every file written so far,
 * restoring the exact bytes each layer had, so the project is left as it was.
 */
export async function applyImport(
  store: ProjectStore,
  registry: EntityRegistry,
  plan: ImportPlan,
  monitor: Monitor = {},
): Promise<void> {
  const undo: Undo[] = [];
  const newFolders = new Set<string>();
  const known = new Set(await store.listAnnotators());
  try {
    monitor.signal?.throwIfAborted();
    if (plan.manifest) undo.push(await replaceManifest(store, plan.manifest));
    for (const entity of plan.entities) {
      monitor.signal?.throwIfAborted();
      await registry.put(entity.id, entity);
      undo.push(() => registry.put(entity.id, null));
    }
    for (const [index, unit] of plan.units.entries()) {
      monitor.signal?.throwIfAborted();
      const document = unit.document;
      if (document) {
        await store.addDocuments([document]);
        undo.push(() => store.removeDocuments([document.id]));
      }
      for (const layer of unit.layers) {
        if (!known.has(layer.annotator))
          newFolders.add(projectLayout.annotatorFolder(store.dir, layer.annotator));
        const path = projectLayout.layer(store.dir, layer.annotator, layer.documentId);
        const before = await readFile(path).catch(() => null);
        await store.readLayer(layer.documentId, layer.annotator);
        await store.writeLayer(layer);
        undo.push(() => (before ? atomicWrite(path, before) : unlink(path)));
      }
      monitor.onProgress?.({ phase: 'writing', done: index + 1, total: plan.units.length });
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    for (const folder of newFolders) await rmdir(folder).catch(() => undefined);
    throw error;
  }
}

async function replaceManifest(
  store: ProjectStore,
  next: NonNullable<ImportPlan['manifest']>,
): Promise<Undo> {
  const path = projectLayout.manifest(store.dir);
  const bytes = await readFile(path);
  const before = store.manifest;
  await store.writeManifest(next);
  return async () => {
    await store.writeManifest(before);
    await atomicWrite(path, bytes);
  };
}
