export { ProjectFolder, PROJECT_GITIGNORE } from './projectFolder';
export type { FolderChange, LayerWrite, CommitMonitor } from './folderChange';
export type { NewDocument } from './newDocument';
export type { LayerSummaryCounts } from './layerSummary';
export { StoreError } from './storeError';
export { ChangedOnDiskError } from './changedOnDiskError';
export type { LoadProblem } from './loadProblem';
export { unreadDocumentsError } from './unreadDocumentsError';
export {
  aboutTarget,
  atomicWrite,
  publishExclusive,
  reserveSpace,
  syncFolder,
  writeNewFile,
  nodeDurableFs,
  type DurableFs,
  type WriteData,
} from './atomicWrite';
export { DurableJsonFile } from './durableJsonFile';
export { parseStoredJson } from './storedJson';
export { stableStringify } from './stableStringify';
export { givenTitle } from './givenTitle';
export { textHash } from './textHash';
export { decodeUtf8, invalidUtf8Line } from './decodeUtf8';
export { documentIdFor } from './documentId';
export { jsonTextOf, parseJsonText } from './jsonErrorLine';
/** For tests and the benchmark's project generator only: product code asks the ProjectFolder. */
export { projectLayout, MANIFEST_FILE, CONFLICTS_FILE } from './projectLayout';
export { checkLayer } from './checkLayer';
export { rememberItemEdit } from './knownItemEdit';
export {
  layerFieldsOf,
  layerWithSpans,
  rememberSpanList,
  spanCountOf,
  spanListOf,
  spansKey,
} from './layerSpans';
export { decodeLayerSnapshot, encodeLayerSnapshot, LAYER_FILE_VERSION } from './layerSnapshot';
export { EntityRegistry } from './entityRegistry';
export { ProjectLock, LOCK_FILE, type LockAttempt, type LockOptions } from './projectLock';
export {
  describeHolder,
  lockHolderSchema,
  processIsAlive,
  readLockFile,
  type LockHolder,
} from './lockHolder';
export { projectFingerprint, changedFiles, type ProjectFingerprint } from './projectFingerprint';
export {
  scanProjectFolder,
  repairProjectFolder,
  removeOrphanTemps,
  type FolderFinding,
  type Repair,
} from './scanProjectFolder';
export { readProjectFile, MAX_PROJECT_FILE_BYTES } from './readProjectFile';
export { HISTORY_LAYOUT, projectFileKind, type ProjectFile } from './projectFileKind';
export { ownedByProject } from './ownedByProject';
export { readConflictsFile, writeSyncedFiles, type SyncedFile } from './syncedFiles';
export { unsyncableFiles } from './unsyncableFiles';
export { durableGitFs, readGitFile, writeGitFile } from './gitFs';
export { layerFilePaths, mergeLayerFiles, type LayerFileBytes } from './mergeLayerFiles';
export { makeFolders } from './makeFolders';
