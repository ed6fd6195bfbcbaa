export { ProjectStore, type NewDocument } from './projectStore';
export { StoreError } from './storeError';
export { ChangedOnDiskError } from './changedOnDiskError';
export type { LoadProblem } from './loadProblem';
export {
  atomicWrite,
  reserveSpace,
  syncFolder,
  nodeDurableFs,
  type DurableFs,
} from './atomicWrite';
export { DurableJsonFile, parseStoredJson } from './durableJsonFile';
export { stableStringify } from './stableStringify';
export { textHash } from './textHash';
export { decodeUtf8, invalidUtf8Line } from './decodeUtf8';
export { documentIdFor } from './documentId';
export { projectLayout } from './projectLayout';
export { checkLayer } from './checkLayer';
export { EntityRegistry } from './entityRegistry';
export { ProjectLock, LOCK_FILE, type LockAttempt, type LockOptions } from './projectLock';
export { describeHolder, lockHolderSchema, type LockHolder } from './lockHolder';
