import { z } from 'zod';

const jsonValue: z.ZodType<unknown> = z.unknown();

/**
 * A place where two teammates changed one shared value differently: kept in the project
 * (and synced with it) until a person resolves it. Meanwhile the file holds the first value.
 * @example { id: 'entity:e1:name', kind: 'entity', subject: 'e1', field: ['name'], base: 'Mahdi', values: [{ annotator: 'alice', value: 'Adel Abdul-Mahdi' }, { annotator: 'bob', value: 'Adil Abdul-Mahdi' }] }
 */
export const syncConflictSchema = z.object({
  id: z.string().min(1).max(2000),
  kind: z.enum(['entity', 'schema', 'layer', 'document', 'file']),
  /** The entity id, the layer's annotator and document, or the file, the conflict is in. */
  subject: z.string().min(1).max(1000),
  /** Where in that value (keys, and ids of list items). */
  field: z.array(z.union([z.string(), z.number()])),
  base: jsonValue.optional(),
  values: z.array(z.object({ annotator: z.string(), value: jsonValue.optional() })).min(2),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

/** The shared file of unresolved conflicts. */
export const syncConflictsFileSchema = z.object({
  formatVersion: z.literal(1),
  conflicts: z.array(syncConflictSchema),
});
export type SyncConflictsFile = z.infer<typeof syncConflictsFileSchema>;

/** Id of a conflict: the same place conflicting again replaces the earlier record. */
export function conflictId(
  kind: SyncConflict['kind'],
  subject: string,
  field: readonly (string | number)[],
): string {
  return [kind, subject, ...field.map(String)].join(':');
}
