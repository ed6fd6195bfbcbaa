import { access } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import git from 'isomorphic-git';
import { isRecord } from '../../shared/collections';
import { errorCode } from '../../shared/errors';
import { durableGitFs as fs, projectFileKind } from '../store';
import { syncError } from './syncError';

/** The branch a team's project lives on. */
export const BRANCH = 'main';
/** Where the last fetched tip of the remote branch is kept. */
export const REMOTE_REF = `refs/remotes/origin/${BRANCH}`;

/** The git folder of a project's repository. */
export function gitdirOf(dir: string): string {
  return join(dir, '.git');
}

/** True when the project folder is a git repository. */
export async function isRepository(dir: string): Promise<boolean> {
  return access(join(gitdirOf(dir), 'HEAD')).then(
    () => true,
    () => false,
  );
}

/** Makes the project folder a repository on {@link BRANCH} (nothing when it is one). */
export async function ensureRepository(dir: string): Promise<void> {
  if (!(await isRepository(dir))) await git.init({ fs, dir, defaultBranch: BRANCH });
}

/** The commit a ref points at, or null. */
export async function resolveCommit(dir: string, ref: string): Promise<string | null> {
  return git.resolveRef({ fs, dir, ref }).catch(() => null);
}

/** A project file changed since the last commit: written (or added), or removed. */
export interface WorkingChange {
  readonly path: string;
  readonly removed: boolean;
}

/**
 * Project files that differ from the last commit (other files in the folder are not Loupe's and
 * stay out). What is a project file is Loupe's to say, not a `.gitignore`'s: a teammate's could
 * otherwise keep an annotator's work out of every sync without a word.
 */
export async function workingChanges(dir: string): Promise<WorkingChange[]> {
  const matrix = await git
    .statusMatrix({ fs, dir, filter: (path) => projectFileKind(path) !== null, ignored: true })
    .catch((error: unknown) => {
      throw unreadable(dir, error);
    });
  return matrix
    .filter(([, head, workdir, stage]) => !(head === 1 && workdir === 1 && stage === 1))
    .filter(([, head, workdir]) => !(head === 0 && workdir === 0))
    .map(([path, , workdir]) => ({ path, removed: workdir === 0 }));
}

/** Stages `changes` and commits them (with `parents` for a merge); the new commit. */
export async function commitChanges(
  dir: string,
  changes: readonly WorkingChange[],
  message: string,
  author: string,
  parents?: readonly string[],
): Promise<string> {
  for (const change of changes) {
    if (change.removed) await git.remove({ fs, dir, filepath: change.path });
    else
      await git.add({ fs, dir, filepath: change.path, force: true }).catch((error: unknown) => {
        throw unreadable(dir, error);
      });
  }
  return git.commit({
    fs,
    dir,
    message,
    author: { name: author, email: `${author.replaceAll(' ', '.')}@loupe.invalid` },
    ...(parents ? { parent: [...parents] } : {}),
  });
}

/** Sets where the project syncs (an address without credentials). */
export async function setRemote(dir: string, remote: string): Promise<void> {
  await git.setConfig({ fs, dir, path: 'remote.origin.url', value: remote });
  await git.setConfig({
    fs,
    dir,
    path: 'remote.origin.fetch',
    value: '+refs/heads/*:refs/remotes/origin/*',
  });
}

/** Where the project syncs, or null before its first sync. */
export async function remoteOf(dir: string): Promise<string | null> {
  const value = (await git.getConfig({ fs, dir, path: 'remote.origin.url' }).catch(() => null)) as
    string | null | undefined;
  return value ?? null;
}

/** The branch HEAD names (a project already kept in git may use another than {@link BRANCH}). */
export async function currentBranchRef(dir: string): Promise<string> {
  const name = await git.currentBranch({ fs, dir, fullname: true }).catch(() => undefined);
  return name ?? `refs/heads/${BRANCH}`;
}

/** Moves a ref to `oid` (a branch, or the fetched remote tip). */
export async function moveBranch(dir: string, ref: string, oid: string): Promise<void> {
  await git.writeRef({ fs, dir, ref, value: oid, force: true });
}

/** The commits of `tip`'s history, counted up to `limit` (a project never synced: all of them are ahead). */
export async function commitsIn(dir: string, tip: string, limit = 10000): Promise<number> {
  return (await git.log({ fs, dir, ref: tip, depth: limit })).length;
}

/** A project file git could not read for lack of permission, named relative to the project. */
function unreadable(dir: string, error: unknown): unknown {
  const code = errorCode(error);
  if (code !== 'EACCES' && code !== 'EPERM') return error;
  const path = isRecord(error) && typeof error.path === 'string' ? error.path : dir;
  const file = relative(dir, path).split(sep).join('/') || path;
  return syncError(
    'invalid',
    `${file} cannot be read (permission denied): a sync reads every project file, so nothing was committed or sent; give your user read access to it and sync again`,
  );
}
