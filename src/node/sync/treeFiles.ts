import git from 'isomorphic-git';
import { durableGitFs, projectFileKind } from '../store';
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
        throw syncError(
          'invalid',
          `the shared history holds ${path}, which is not a plain file; nothing was changed`,
        );
      if (!projectFileKind(path))
        throw syncError(
          'invalid',
          `the shared history holds ${path}, which is not a file of a Loupe project; nothing was changed`,
        );
      files.set(path, { oid: await entry.oid() });
      return true;
    },
  });
  return files;
}

/** The bytes of one blob. */
export async function readBlob(dir: string, oid: string): Promise<Uint8Array> {
  return (await git.readBlob({ fs: durableGitFs, dir, oid })).blob;
}
