import git from 'isomorphic-git';
import { durableGitFs, projectFileKind } from '../store';
import { introducingCommit } from './introducingCommit';
import { syncError } from './syncError';

/** One file of a commit: its blob. */
export interface TreeFile {
  readonly oid: string;
}

/** Most folders deep a project file lies (`annotations/<annotator>/<document>.json`). */
const DEEPEST_FOLDER = 2;

/**
 * Every file of a commit by path. Commits come from teammates' machines and are untrusted:
 * a symbolic link, a submodule, a path that is not a Loupe project file, or a name a folder
 * holds twice (git's own checks refuse such a tree; a walk would show only one of them) is
 * refused, so a sync never writes anything but project files, each from the one entry it has.
 */
export async function treeFiles(
  dir: string,
  commit: string | null,
): Promise<Map<string, TreeFile>> {
  const files = new Map<string, TreeFile>();
  if (commit) await readFolder(dir, commit, commit, '', 0, files);
  return files;
}

/** Adds the files of the tree `oid` (a commit's, at the top), at `prefix`, to `files`. */
async function readFolder(
  dir: string,
  commit: string,
  oid: string,
  prefix: string,
  depth: number,
  files: Map<string, TreeFile>,
): Promise<void> {
  const { tree } = await git.readTree({ fs: durableGitFs, dir, oid });
  const names = new Set<string>();
  for (const entry of tree) {
    const path = `${prefix}${entry.path}`;
    if (names.has(entry.path))
      throw await refusedPath(dir, commit, path, 'is in its folder twice, as git never writes it');
    names.add(entry.path);
    if (entry.type === 'tree') {
      if (depth >= DEEPEST_FOLDER)
        throw await refusedPath(dir, commit, path, 'is a folder no Loupe project has');
      await readFolder(dir, commit, entry.oid, `${path}/`, depth + 1, files);
      continue;
    }
    const mode = parseInt(entry.mode, 8);
    if (entry.type !== 'blob' || (mode !== 0o100644 && mode !== 0o100755))
      throw await refusedPath(
        dir,
        commit,
        path,
        `is ${entryKind(entry.type, mode)}, not a plain file`,
      );
    if (!projectFileKind(path))
      throw await refusedPath(dir, commit, path, 'is not a file of a Loupe project');
    files.set(path, { oid: entry.oid });
  }
}

/** What a tree entry that is no plain file is, in words. */
function entryKind(type: string, mode: number): string {
  if (mode === 0o120000) return 'a symbolic link';
  if (mode === 0o160000 || type === 'commit') return 'a submodule';
  return `a git ${type} of mode ${mode.toString(8)}`;
}

/**
 * The refusal of a path a teammate's commit holds: it blocks every sync until it leaves the
 * shared branch, so it names the commit that brought it (hash, author, subject) and the repair.
 */
async function refusedPath(
  dir: string,
  commit: string,
  path: string,
  what: string,
): Promise<Error> {
  const by = await introducingCommit(dir, commit, path).catch(() => commit.slice(0, 7));
  return syncError(
    'invalid',
    `the shared history holds ${path}, which ${what}: commit ${by} added it. Nothing was changed. No one can sync while it is on the shared branch: whoever shares with git removes it in a new commit (git rm -- ${path}; git commit; git push), then everyone syncs again`,
  );
}

/** The bytes of one blob. */
export async function readBlob(dir: string, oid: string): Promise<Uint8Array> {
  return (await git.readBlob({ fs: durableGitFs, dir, oid })).blob;
}
