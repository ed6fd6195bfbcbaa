import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { errorCode } from '../../shared/errors';
import {
  durableGitFs as fs,
  makeFolders,
  MANIFEST_FILE,
  ProjectFolder,
  writeSyncedFiles,
} from '../store';
import { checkedManifest } from './checkedManifest';
import { remoteWithoutCredentials, type RemoteCredentials } from './remoteTransport';
import { BRANCH, ensureRepository, moveBranch, REMOTE_REF, setRemote } from './repository';
import { syncError } from './syncError';
import { writeSyncState } from './syncState';
import { transportFor } from './transportFor';
import { readBlob, treeFiles } from './treeFiles';
import { unsafeEntryError } from './unsafeEntryError';

/** What a clone brought: the commit it checked out and how many files. */
export interface CloneResult {
  readonly commit: string;
  readonly files: number;
}

/**
 * Copies a team's project from its remote into a new folder (which must be absent or
 * empty): the history, then every file (checked to be a Loupe project file) written through
 * the folder's owner. On any failure what it wrote is removed again (the folder too, unless
 * it was there before).
 */
export async function cloneProject(
  remote: string,
  dir: string,
  credentials: RemoteCredentials = {},
): Promise<CloneResult> {
  const refused = remoteWithoutCredentials(remote);
  if (refused) throw syncError('invalid', refused);
  const existed = await emptyFolderAt(dir);
  await makeFolders(dir);
  try {
    return await cloneInto(remote, dir, credentials);
  } catch (error) {
    // What the clone wrote goes; a folder the user made stays, empty as it was.
    if (existed)
      for (const entry of await readdir(dir))
        await rm(join(dir, entry), { recursive: true, force: true });
    else await rm(dir, { recursive: true, force: true });
    throw unsafeEntryError(error, remote);
  }
}

/**
 * Whether `dir` is an empty folder already (false when absent); refused when it holds anything
 * or cannot be listed (not a folder, no permission), which must never count as absent: a
 * failed clone removes what it made.
 */
async function emptyFolderAt(dir: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return false;
    // A folder above it that is a file: the system's own words, as every command says it.
    if (code === 'ENOTDIR' && !(await lstat(dir).catch(() => null))) throw error;
    throw syncError(
      'invalid',
      `${dir} cannot be cloned into: ${code === 'ENOTDIR' ? 'it is a file, not a folder' : `it cannot be listed (${code ?? String(error)})`}; clone into a new folder`,
    );
  }
  if (entries.length > 0)
    throw syncError('invalid', `${dir} is not empty; clone into a new folder`);
  return true;
}

async function cloneInto(
  remote: string,
  dir: string,
  credentials: RemoteCredentials,
): Promise<CloneResult> {
  await ensureRepository(dir);
  await setRemote(dir, remote);
  const tip = await transportFor(dir, remote, credentials).fetch(BRANCH);
  if (!tip)
    throw syncError(
      'invalid',
      `the remote ${remote} holds no project yet: publish one with loupe sync <project> --remote ${remote}`,
    );
  const files = await treeFiles(dir, tip);
  const synced = await Promise.all(
    [...files].map(async ([path, file]) => ({ path, content: await readBlob(dir, file.oid) })),
  );
  const manifest = synced.find((file) => file.path === MANIFEST_FILE);
  if (manifest) checkedManifest(manifest.content, tip);
  await writeSyncedFiles(dir, synced);
  if (!(await ProjectFolder.exists(dir)))
    throw syncError('invalid', `the remote ${remote} holds no Loupe project (no manifest)`);
  for (const { path } of synced) await git.add({ fs, dir, filepath: path, force: true });
  await moveBranch(dir, `refs/heads/${BRANCH}`, tip);
  await moveBranch(dir, REMOTE_REF, tip);
  await writeSyncState(dir, { lastSyncedAt: new Date().toISOString(), lastSyncedCommit: tip });
  return { commit: tip, files: synced.length };
}
