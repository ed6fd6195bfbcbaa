import { WorkbenchError, type HandlersOf } from '../../shared/contract';
import type { syncMethods } from '../../shared/contract/methods/syncMethods';
import type { OpenProject } from '../openProject';
import type { CredentialVault } from '../settings/credentialVault';
import { credentialsFor, remoteOf, syncProject, syncStatus } from '../sync';
import { isHttpRemote } from '../sync/remoteTransport';
import { documentHistory, layerAtCommit, textAtCommit } from '../sync/documentHistory';
import { resolveConflict } from '../sync/resolveConflict';

/** Syncing with teammates: each call runs as an edit (under the lock), then rereads the folder. */
export function syncHandlers(
  project: OpenProject,
  vault: CredentialVault,
): HandlersOf<typeof syncMethods> {
  const dir = () => project.services.store.dir;
  const credentials = async () => {
    const remote = await remoteOf(dir());
    const http = remote !== null && isHttpRemote(remote);
    const kept = http ? vault.get(remote) : null;
    return {
      remote,
      http,
      stored: http && vault.has(remote),
      username: kept?.username ?? null,
      unavailable: vault.unavailable,
    };
  };
  const httpRemote = async (): Promise<string> => {
    const remote = await remoteOf(dir());
    if (remote && isHttpRemote(remote)) return remote;
    throw new WorkbenchError(
      'invalid_request',
      remote
        ? `the remote ${remote} is a folder; it needs no password`
        : 'this project has no remote yet; sync it once with loupe sync --remote URL',
    );
  };
  const sync = async (request: { remote?: string; message?: string }) => {
    // A commit holds each layer as one snapshot: journals are folded in first.
    await project.services.store.compactJournals();
    let wrote = false; // files teammates changed were written: the folder must be reread
    try {
      return await syncProject(dir(), {
        annotator: project.services.annotator(),
        credentials: await credentialsFor(request.remote ?? (await remoteOf(dir())), {
          env: process.env,
          vault,
        }),
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
    textAtCommit: (request) => textAtCommit(project.services.store, request),
    credentialsStatus: () => credentials(),
    saveCredentials: async (request) => {
      await vault.save(await httpRemote(), request);
      return credentials();
    },
    forgetCredentials: async () => {
      await vault.forget(await httpRemote());
      return credentials();
    },
    resolveConflict: async (request) => {
      await resolveConflict(project.services.store, request.conflictId, request.value);
      await project.reread();
      return syncStatus(dir());
    },
  };
}
