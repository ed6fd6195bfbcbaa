import { z } from 'zod';
import { syncConflictSchema } from './syncConflict';

/**
 * Teammates' work a sync brought in, per annotator: "since your last sync: alice changed 12 documents".
 * @example { annotator: 'alice', documents: ['d1', 'd2'] }
 */
export const teammateChangeSchema = z.object({
  annotator: z.string(),
  documents: z.array(z.string()),
});
export type TeammateChange = z.infer<typeof teammateChangeSchema>;

/**
 * Where a project stands against its remote.
 * @example { remote: '/shared/team.git', ahead: 0, behind: 2, lastSyncedAt: '2026-12-01T10:00:00.000Z', uncommitted: 3, conflicts: [], blocked: [] }
 */
export const syncStatusSchema = z.object({
  /** The remote's address (never credentials), or null before the first sync. */
  remote: z.string().nullable(),
  /** Local commits the remote lacks, and remote commits not merged here (as of the last fetch). */
  ahead: z.number().int().min(0),
  behind: z.number().int().min(0),
  lastSyncedAt: z.string().nullable(),
  /** Project files changed since the last commit; null while a blocked file keeps git from reading the folder. */
  uncommitted: z.number().int().min(0).nullable(),
  conflicts: z.array(syncConflictSchema),
  /** What keeps the project from syncing (a link, a FIFO, an oversized file, a `.git` that is no folder); empty when nothing does. */
  blocked: z.array(z.object({ file: z.string(), reason: z.string() })),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/**
 * What one sync did.
 * @example { committed: 'alice: 3 documents annotated, 1 label added', merge: 'merged', pushed: true, teammates: [{ annotator: 'bob', documents: ['d1'] }], newConflicts: [], status: {…} }
 */
export const syncReportSchema = z.object({
  /** The message of the commit of local changes, or null when there were none. */
  committed: z.string().nullable(),
  merge: z.enum(['none', 'fast-forward', 'merged']),
  pushed: z.boolean(),
  /** Teammates' changes since this project's previous sync. */
  teammates: z.array(teammateChangeSchema),
  newConflicts: z.array(syncConflictSchema),
  status: syncStatusSchema,
});
export type SyncReport = z.infer<typeof syncReportSchema>;

/**
 * One commit of a document's history: who synced which layers of it, when.
 * @example { commit: '3f2a…', author: 'alice', message: 'alice: 3 documents annotated', at: '2026-12-01T10:00:00.000Z', annotators: ['alice'] }
 */
export const historyEntrySchema = z.object({
  commit: z.string(),
  author: z.string(),
  message: z.string(),
  at: z.string(),
  annotators: z.array(z.string()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
