import * as fs from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';

const ANNOTATORS = ['alice', 'bob', 'carol'];

/**
 * A project repository with `commits` commits written straight through git's object API: `documents`
 * documents, three annotators; each commit changes one layer (every fourth one of document
 * d00), and every tenth commit merges a side branch, as syncs of a team leave it.
 */
export async function historyRepo(dir: string, commits: number, documents = 40): Promise<void> {
  await git.init({ fs, dir, defaultBranch: 'main' });
  const blob = (text: string) => git.writeBlob({ fs, dir, blob: new TextEncoder().encode(text) });
  const layers = new Map<string, string>(); // "annotator/doc" → blob oid
  const docs = Array.from({ length: documents }, (_, i) => `d${String(i).padStart(2, '0')}`);
  const texts: { mode: string; path: string; oid: string; type: 'blob' }[] = [];
  for (const d of docs)
    texts.push({ mode: '100644', path: `${d}.txt`, oid: await blob(`text of ${d}`), type: 'blob' });
  const documentsTree = await git.writeTree({ fs, dir, tree: texts });
  const tree = async () => {
    const annotatorTrees = [];
    for (const a of ANNOTATORS) {
      const entries = docs
        .filter((d) => layers.has(`${a}/${d}`))
        .map((d) => ({
          mode: '100644',
          path: `${d}.json`,
          oid: layers.get(`${a}/${d}`) as string,
          type: 'blob' as const,
        }));
      if (entries.length === 0) continue;
      annotatorTrees.push({
        mode: '040000',
        path: a,
        oid: await git.writeTree({ fs, dir, tree: entries }),
        type: 'tree' as const,
      });
    }
    const root = [{ mode: '040000', path: 'documents', oid: documentsTree, type: 'tree' as const }];
    if (annotatorTrees.length > 0)
      root.unshift({
        mode: '040000',
        path: 'annotations',
        oid: await git.writeTree({ fs, dir, tree: annotatorTrees }),
        type: 'tree' as const,
      });
    return git.writeTree({ fs, dir, tree: root });
  };
  let head: string | null = null;
  let side: string | null = null;
  for (let i = 0; i < commits; i++) {
    const annotator = ANNOTATORS[i % 3] as string;
    const doc = i % 4 === 0 ? 'd00' : (docs[(i * 7) % docs.length] as string);
    layers.set(`${annotator}/${doc}`, await blob(`{"n":${i}}`));
    const at = 1_700_000_000 + i * 60;
    const author = {
      name: annotator,
      email: `${annotator}@example.org`,
      timestamp: at,
      timezoneOffset: 0,
    };
    const parents: string[] = head ? [head] : [];
    if (i % 10 === 9 && side) parents.push(side);
    const oid: string = await git.writeCommit({
      fs,
      dir,
      commit: {
        message: `sync ${i}\n`,
        tree: await tree(),
        parent: parents,
        author,
        committer: author,
      },
    });
    if (i % 10 === 4) side = oid;
    head = oid;
  }
  if (head) await git.writeRef({ fs, dir, ref: 'refs/heads/main', value: head, force: true });
}

/** Where a scenario keeps a history repo of `commits` commits. */
export function historyRepoDir(root: string, commits: number): string {
  return join(root, `history-${commits}`);
}
