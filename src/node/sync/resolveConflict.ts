import { WorkbenchError } from '../../shared/contract';
import { entitySchema, layerSchema, manifestSchema } from '../../shared/model';
import { setJsonAt, type Json, type SyncConflict } from '../../shared/sync';
import {
  CONFLICTS_FILE,
  readConflictsFile,
  stableStringify,
  writeSyncedFiles,
  type FolderChange,
  type ProjectFolder,
} from '../store';
import { conflictsOf } from './mergeTrees';

/**
 * Settles one recorded conflict with the value a person chose: writes it where the conflict
 * is (an entity's field, the schema, a layer) through the folder's commit, then drops the
 * record from the shared conflicts file (the next sync shares both).
 */
export async function resolveConflict(
  folder: ProjectFolder,
  conflictId: string,
  value: unknown,
): Promise<void> {
  const file = conflictsOf(await readConflictsFile(folder.dir));
  const conflict = file.conflicts.find((c) => c.id === conflictId);
  if (!conflict)
    throw new WorkbenchError('not_found', `no open conflict ${JSON.stringify(conflictId)}`);
  const change = await changeFor(folder, conflict, value as Json);
  if (change) await folder.commit(change);
  const rest = { ...file, conflicts: file.conflicts.filter((c) => c.id !== conflictId) };
  await writeSyncedFiles(folder.dir, [
    { path: CONFLICTS_FILE, content: new TextEncoder().encode(stableStringify(rest)) },
  ]);
}

async function changeFor(
  folder: ProjectFolder,
  conflict: SyncConflict,
  value: Json,
): Promise<FolderChange | null> {
  const invalid = (why: string) =>
    new WorkbenchError('invalid_request', `that value cannot settle the conflict: ${why}`);
  if (conflict.kind === 'entity') {
    const entity = folder.entities.get(conflict.subject);
    if (!entity) return null;
    const next = entitySchema.safeParse(
      setJsonAt(entity as unknown as Json, conflict.field, value),
    );
    if (!next.success) throw invalid(next.error.issues[0]?.message ?? 'not an entity');
    return { entities: new Map([[entity.id, next.data]]) };
  }
  if (conflict.kind === 'schema') {
    const next = manifestSchema.safeParse(
      setJsonAt(folder.manifest as unknown as Json, conflict.field, value),
    );
    if (!next.success) throw invalid(next.error.issues[0]?.message ?? 'not a schema');
    return { manifest: next.data };
  }
  if (conflict.kind === 'layer') {
    const [annotator, documentId] = conflict.subject.split('/') as [string, string];
    const { layer, version } = await folder.readLayerForEdit(documentId, annotator);
    const next = layerSchema.safeParse(setJsonAt(layer as unknown as Json, conflict.field, value));
    if (!next.success) throw invalid(next.error.issues[0]?.message ?? 'not a layer');
    return { layers: [{ layer: next.data, basedOn: version }] };
  }
  return null;
}
