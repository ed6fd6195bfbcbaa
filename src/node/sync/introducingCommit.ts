import git from 'isomorphic-git';
import { dirname, posix } from 'node:path';
import { durableGitFs } from '../store';

/** How far back a refusal looks for the commit that brought a path in. */
const MAX_COMMITS = 2000;

/** A tree entry's mode, or null when the commit has nothing at the path. */
async function modeAt(dir: string, commit: string, path: string): Promise<string | null> {
  const folder = dirname(path);
  const tree = await git
    .readTree({
      fs: durableGitFs,
      dir,
      oid: commit,
      ...(folder === '.' ? {} : { filepath: folder }),
    })
    .catch(() => null);
  return tree?.tree.find((entry) => entry.path === posix.basename(path))?.mode ?? null;
}

/**
 * The commit of the shared history that put `path` there as it is in `tip` (same mode): the
 * oldest such commit whose parents lack it, as `1a2b3c4 by Name <mail> "subject"`; the tip
 * itself when it lies further back than Loupe looks.
 * @example await introducingCommit(dir, tip, 'documents/a.txt') // '1a2b3c4 by Mallory <m@x.org> "Add a shortcut"'
 */
export async function introducingCommit(dir: string, tip: string, path: string): Promise<string> {
  const commits = await git.log({ fs: durableGitFs, dir, ref: tip, depth: MAX_COMMITS });
  const mode = await modeAt(dir, tip, path);
  let found = commits[0];
  for (const entry of commits) {
    if ((await modeAt(dir, entry.oid, path)) !== mode) continue;
    const inParents = await Promise.all(
      entry.commit.parent.map(async (parent) => (await modeAt(dir, parent, path)) === mode),
    );
    if (!inParents.includes(true)) {
      found = entry;
      break;
    }
  }
  if (!found) return tip.slice(0, 7);
  const { author, message } = found.commit;
  const subject = message.split('\n')[0]?.trim() ?? '';
  return `${found.oid.slice(0, 7)} by ${author.name} <${author.email}> ${JSON.stringify(subject)}`;
}
