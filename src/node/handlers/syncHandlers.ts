import type { HandlersOf } from '../../shared/contract';
import type { syncMethods } from '../../shared/contract/methods/syncMethods';
import type { OpenProject } from '../openProject';
import { credentialsFromEnv, syncProject, syncStatus } from '../sync';
import { documentHistory, layerAtCommit } from '../sync/documentHistory';
import { resolveConflict } from '../sync/resolveConflict';

/** Syncing with teammates: each call runs as an edit (under the lock), then rereads the folder. */
export function syncHandlers(project: OpenProject): HandlersOf<typeof syncMethods> {
  const dir = () => project.services.store.dir;
  const sync = async (request: { remote?: string; message?: string }) => {
    // A commit holds each layer as one snapshot: journals are folded in first.
    await project.services.store.compactJournals();
    let wrote = false; // files teammates changed were written: the folder must be reread
    try {
      return await syncProject(dir(), {
        annotator: project.services.annotator(),
        credentials: credentialsFromEnv(),
        onStep: (step) => void (wrote ||= step === 'file-written'),
        ...(request.remote ? { remote: request.remote } : {}),
        ...(request.message ? { message: request.message } : {}),
      });
    } finally {
      if (wrote) await project.reread();
    }
  };
  return {
    sync: (request) => sync(request),
    syncWith: (request) => sync(request),
    syncStatus: () => syncStatus(dir()),
    documentHistory: (request) => documentHistory(project.services.store, request.documentId),
    layerAtCommit: (request) => layerAtCommit(project.services.store, request),
    resolveConflict: async (request) => {
      await resolveConflict(project.services.store, request.conflictId, request.value);
      await project.reread();
      return syncStatus(dir());
    },
  };
}
