export { mergeJson, same, type Json, type JsonConflict, type JsonMerge } from './mergeJson';
export {
  conflictId,
  syncConflictSchema,
  syncConflictsFileSchema,
  type SyncConflict,
  type SyncConflictsFile,
} from './syncConflict';
export {
  syncReportSchema,
  syncStatusSchema,
  teammateChangeSchema,
  type SyncReport,
  type SyncStatus,
  type TeammateChange,
} from './syncReport';
