export { cloneProject, type CloneResult } from './cloneProject';
export { syncProject, type SyncOptions, type SyncStep } from './syncProject';
export { syncStatus } from './syncStatus';
export { credentialsFromEnv } from './transportFor';
export { type RemoteCredentials } from './remoteTransport';
export { credentialsFor, type CredentialSources } from './remoteCredentials';
export { remoteOf } from './repository';
