import git from 'isomorphic-git';
import { WorkbenchError } from '../../shared/contract';
import type { Layer } from '../../shared/model';
import type { HistoryEntry } from '../../shared/sync';
import { decodeLayerSnapshot, durableGitFs as fs, textHash, type ProjectFolder } from '../store';
import { DocumentTrail, historyCommits } from './documentTrail';
import { isRepository } from './repository';
import { readBlob, treeFiles } from './treeFiles';

/**
 * Who changed which layers of a document when, newest first, from the project's git history
 * (commits whose first parent had other versions of the document's files). Linear in the
 * number of commits: each commit is read once and unchanged trees once in all.
 */
export async function documentHistory(
  folder: ProjectFolder,
  documentId: string,
): Promise<HistoryEntry[]> {
  if (!(await isRepository(folder.dir))) return [];
  const cache = {};
  const commits = await historyCommits(folder.dir, cache).catch(() => []);
  const byOid = new Map(commits.map((c) => [c.oid, c.commit]));
  const trail = new DocumentTrail(folder.dir, documentId, cache);
  const entries: HistoryEntry[] = [];
  for (const { oid, commit } of commits) {
    const parentOid = commit.parent[0];
    const parent = parentOid
      ? (byOid.get(parentOid) ??
        (await git.readCommit({ fs, dir: folder.dir, oid: parentOid, cache })).commit)
      : null;
    const [now, before] = await Promise.all([trail.at(commit), trail.at(parent)]);
    const annotators = [...new Set([...now.layers.keys(), ...before.layers.keys()])]
      .filter((a) => now.layers.get(a) !== before.layers.get(a))
      .sort();
    if (annotators.length === 0 && now.text === before.text) continue;
    entries.push({
      commit: oid,
      author: commit.author.name,
      message: commit.message.trim(),
      at: new Date(commit.author.timestamp * 1000).toISOString(),
      annotators,
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
  const bytes = await fileAtCommit(
    folder,
    path,
    request.commit,
    `${request.annotator} had no layer of this document`,
  );
  const raw = new TextDecoder().decode(bytes);
  try {
    return decodeLayerSnapshot(raw, `${path} at ${request.commit.slice(0, 8)}`).layer;
  } catch (error) {
    throw new WorkbenchError('damaged_file', (error as Error).message);
  }
}

/**
 * A document's text as it was at a commit of the history, with its hash: the words of a layer
 * made on an earlier text (the layer's `textHash` says which text it was made on).
 */
export async function textAtCommit(
  folder: ProjectFolder,
  request: { documentId: string; commit: string },
): Promise<{ text: string; textHash: string }> {
  const path = folder.textFile(request.documentId); // project-relative, '/'
  const bytes = await fileAtCommit(
    folder,
    path,
    request.commit,
    'the project had no text of this document',
  );
  // Byte for byte as stored: a BOM stays part of the text, as it counts in the offsets.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { text, textHash: textHash(bytes) };
}

/** The bytes of a project file (`path`, project-relative) at a commit; `missing` says what was not there. */
async function fileAtCommit(
  folder: ProjectFolder,
  path: string,
  commit: string,
  missing: string,
): Promise<Uint8Array> {
  const files = await treeFiles(folder.dir, commit).catch(() => {
    throw new WorkbenchError('not_found', `no commit ${commit} in this project's history`);
  });
  const file = files.get(path);
  if (!file) throw new WorkbenchError('not_found', `${missing} at ${commit.slice(0, 8)}`);
  return readBlob(folder.dir, file.oid);
}
