import git from 'isomorphic-git';
import { WorkbenchError } from '../../shared/contract';
import type { Layer } from '../../shared/model';
import type { HistoryEntry } from '../../shared/sync';
import {
  decodeLayerSnapshot,
  durableGitFs as fs,
  projectFileKind,
  type ProjectFolder,
} from '../store';
import { isRepository } from './repository';
import { readBlob, treeFiles, type TreeFile } from './treeFiles';
import { errorMessage } from '../../shared/errors';

/** How far back a document's history is read. */
const DEPTH = 200;

/**
 * Who changed which layers of a document when, newest first, from the project's git history
 * (commits whose first parent had other versions of the document's files).
 */
export async function documentHistory(
  folder: ProjectFolder,
  documentId: string,
): Promise<HistoryEntry[]> {
  if (!(await isRepository(folder.dir))) return [];
  const commits = await git.log({ fs, dir: folder.dir, depth: DEPTH }).catch(() => []);
  const trees = new Map<string, Map<string, TreeFile>>();
  const filesOf = async (oid: string | undefined) => {
    if (!oid) return new Map<string, TreeFile>();
    const known = trees.get(oid);
    if (known) return known;
    const files = await treeFiles(folder.dir, oid);
    trees.set(oid, files);
    return files;
  };
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>(); // isomorphic-git's log repeats commits reached through both parents of a merge
  for (const { oid, commit } of commits) {
    if (seen.has(oid)) continue;
    seen.add(oid);
    const [now, before] = await Promise.all([filesOf(oid), filesOf(commit.parent[0])]);
    const annotators = new Set<string>();
    let text = false;
    for (const path of new Set([...now.keys(), ...before.keys()])) {
      if (now.get(path)?.oid === before.get(path)?.oid) continue;
      const kind = projectFileKind(path);
      if (kind?.kind === 'layerFile' && kind.id === documentId) annotators.add(kind.annotator);
      if (kind?.kind === 'text' && kind.id === documentId) text = true;
    }
    if (annotators.size === 0 && !text) continue;
    entries.push({
      commit: oid,
      author: commit.author.name,
      message: commit.message.trim(),
      at: new Date(commit.author.timestamp * 1000).toISOString(),
      annotators: [...annotators].sort(),
    });
  }
  return entries;
}

/** One annotator's layer of a document as it was at a commit of the history. */
export async function layerAtCommit(
  folder: ProjectFolder,
  request: { documentId: string; annotator: string; commit: string },
): Promise<Layer> {
  const path = folder.layerFile(request.documentId, request.annotator); // project-relative, '/'
  const files = await treeFiles(folder.dir, request.commit).catch(() => {
    throw new WorkbenchError('not_found', `no commit ${request.commit} in this project's history`);
  });
  const file = files.get(path);
  if (!file)
    throw new WorkbenchError(
      'not_found',
      `${request.annotator} had no layer of this document at ${request.commit.slice(0, 8)}`,
    );
  const raw = new TextDecoder().decode(await readBlob(folder.dir, file.oid));
  try {
    return decodeLayerSnapshot(raw, `${path} at ${request.commit.slice(0, 8)}`).layer;
  } catch (error) {
    throw new WorkbenchError('damaged_file', errorMessage(error));
  }
}
