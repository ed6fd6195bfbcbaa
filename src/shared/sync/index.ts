export { mergeJson, same, type Json, type JsonConflict, type JsonMerge } from './mergeJson';
export {
  conflictId,
  syncConflictSchema,
  syncConflictsFileSchema,
  type SyncConflict,
  type SyncConflictsFile,
} from './syncConflict';
export {
  historyEntrySchema,
  syncReportSchema,
  syncStatusSchema,
  teammateChangeSchema,
  type HistoryEntry,
  type SyncReport,
  type SyncStatus,
  type TeammateChange,
} from './syncReport';
export { credentialsStatusSchema, type CredentialsStatus } from './credentialsStatus';
export { setJsonAt } from './setJsonAt';
export { settleTimestamps } from './settleTimestamps';
