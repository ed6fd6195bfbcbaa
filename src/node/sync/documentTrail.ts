import git, { type CommitObject, type TreeEntry } from 'isomorphic-git';
import { durableGitFs as fs, HISTORY_LAYOUT as layout } from '../store';

/**
 * isomorphic-git's cache of parsed packs, shared by the reads of one walk: without it every
 * object read from a pack reads and parses the pack's index again (8 ms a commit on a history
 * of 30,000 packed commits).
 */
export type GitCache = Record<string, unknown>;

/** A commit of the history, read once. */
export interface HistoryCommit {
  readonly oid: string;
  readonly commit: CommitObject;
}

/**
 * Every commit reachable from HEAD, each once, newest first (by commit time, then oid). A
 * merge's second parent is reached once, however many paths lead to it (isomorphic-git's
 * log repeats such commits, which made long merged histories cost far more than their length).
 */
export async function historyCommits(dir: string, cache: GitCache = {}): Promise<HistoryCommit[]> {
  const head = await git.resolveRef({ fs, dir, ref: 'HEAD' }).catch(() => null);
  if (!head) return [];
  const seen = new Set<string>([head]);
  const queue = [head];
  const commits: HistoryCommit[] = [];
  for (let at = 0; at < queue.length; at++) {
    const oid = queue[at] as string;
    const { commit } = await git.readCommit({ fs, dir, oid, cache });
    commits.push({ oid, commit });
    for (const parent of commit.parent) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      queue.push(parent);
    }
  }
  return commits.sort(
    (x, y) =>
      y.commit.committer.timestamp - x.commit.committer.timestamp || (x.oid < y.oid ? -1 : 1),
  );
}

/**
 * One document's files at a commit, as a comparable summary: the text's blob and, per
 * annotator, the blobs of their layer files of it. Trees are read by oid and remembered, so a
 * subtree no commit changed (most annotators' folders, the documents folder) is read once for
 * the whole history: the cost of a history grows with its commits, not with the project's files.
 */
export class DocumentTrail {
  private readonly trees = new Map<string, readonly TreeEntry[]>();
  private readonly layerSums = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly documentId: string,
    private readonly cache: GitCache = {},
  ) {}

  /** The text's blob oid ('' when absent) and each annotator's layer files' oids at `commitOid`. */
  async at(commit: CommitObject | null): Promise<{ text: string; layers: Map<string, string> }> {
    const layers = new Map<string, string>();
    if (!commit) return { text: '', layers };
    const root = await this.tree(commit.tree);
    const documents = root.find((e) => e.path === layout.textsFolder && e.type === 'tree');
    const text = documents
      ? ((await this.tree(documents.oid)).find((e) => e.path === layout.textFile(this.documentId))
          ?.oid ?? '')
      : '';
    const annotations = root.find((e) => e.path === layout.layersFolder && e.type === 'tree');
    if (!annotations) return { text, layers };
    for (const folder of await this.tree(annotations.oid)) {
      if (folder.type !== 'tree') continue;
      const sum = await this.layerSum(folder.path, folder.oid);
      if (sum) layers.set(folder.path, sum);
    }
    return { text, layers };
  }

  private async layerSum(annotator: string, oid: string): Promise<string> {
    const known = this.layerSums.get(oid);
    if (known !== undefined) return known;
    const sum = (await this.tree(oid))
      .filter((e) => layout.isLayerFileOf(annotator, e.path, this.documentId))
      .map((e) => `${e.path}:${e.oid}`)
      .join(',');
    this.layerSums.set(oid, sum);
    return sum;
  }

  private async tree(oid: string): Promise<readonly TreeEntry[]> {
    const known = this.trees.get(oid);
    if (known) return known;
    const { tree } = await git.readTree({ fs, dir: this.dir, oid, cache: this.cache });
    this.trees.set(oid, tree);
    return tree;
  }
}
