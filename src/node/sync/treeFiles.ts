import git from 'isomorphic-git';
import { durableGitFs, projectFileKind } from '../store';
import { introducingCommit } from './introducingCommit';
import { syncError } from './syncError';

/** One file of a commit: its blob. */
export interface TreeFile {
  readonly oid: string;
}

/**
 * Every file of a commit by path. Commits come from teammates' machines and are untrusted:
 * a symbolic link, a submodule or a path that is not a Loupe project file is refused, so a
 * sync never writes anything but project files.
 */
export async function treeFiles(
  dir: string,
  commit: string | null,
): Promise<Map<string, TreeFile>> {
  const files = new Map<string, TreeFile>();
  if (!commit) return files;
  await git.walk({
    fs: durableGitFs,
    dir,
    trees: [git.TREE({ ref: commit })],
    map: async (path, [entry]) => {
      if (!entry || path === '.') return true;
      const type = await entry.type();
      if (type === 'tree') return true;
      const mode = await entry.mode();
      if (type !== 'blob' || (mode !== 0o100644 && mode !== 0o100755))
        throw await refusedPath(dir, commit, path, `is ${entryKind(type, mode)}, not a plain file`);
      if (!projectFileKind(path))
        throw await refusedPath(dir, commit, path, 'is not a file of a Loupe project');
      files.set(path, { oid: await entry.oid() });
      return true;
    },
  });
  return files;
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
