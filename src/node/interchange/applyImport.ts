import type { ProjectFolder } from '../store';
import type { ImportPlan, Monitor } from './importPlan';

/**
 * Writes a checked plan as one commit: schema, new entities, documents and their layers. A
 * failure or a cancel (the monitor's signal) undoes every file written so far, restoring the
 * exact bytes each layer had, so the project is left as it was.
 */
export async function applyImport(
  folder: ProjectFolder,
  plan: ImportPlan,
  monitor: Monitor = {},
): Promise<void> {
  await folder.commit(
    {
      ...(plan.manifest ? { manifest: plan.manifest } : {}),
      entities: new Map(plan.entities.map((entity) => [entity.id, entity])),
      documents: plan.units.flatMap((unit) => (unit.document ? [unit.document] : [])),
      layers: plan.units.flatMap((unit) => unit.layers.map((layer) => ({ layer }))),
    },
    {
      ...(monitor.signal ? { signal: monitor.signal } : {}),
      ...(monitor.onProgress ? { onProgress: monitor.onProgress } : {}),
    },
  );
}
