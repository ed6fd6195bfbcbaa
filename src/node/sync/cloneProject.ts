import { mkdir, readdir, rm } from 'node:fs/promises';
import git from 'isomorphic-git';
import { durableGitFs as fs, MANIFEST_FILE, ProjectFolder, writeSyncedFiles } from '../store';
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
 * the folder's owner. On any failure the new folder is removed again.
 */
export async function cloneProject(
  remote: string,
  dir: string,
  credentials: RemoteCredentials = {},
): Promise<CloneResult> {
  const refused = remoteWithoutCredentials(remote);
  if (refused) throw syncError('invalid', refused);
  const entries = await readdir(dir).catch(() => null);
  if (entries && entries.length > 0)
    throw syncError('invalid', `${dir} is not empty; clone into a new folder`);
  await mkdir(dir, { recursive: true });
  try {
    return await cloneInto(remote, dir, credentials);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw unsafeEntryError(error, remote);
  }
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
