import type { ConllDocument } from './conllLines';

/**
 * Each document's lines of the file, from its `-DOCSTART-` line, or the first line of the
 * sentence whose `# newdoc` line opened it (the first document from the file's
 * start) to the next document's, with the line break that ends them: joined, they are the
 * file. The lines of a `-DOCSTART-` with no tokens after it go with the document before it.
 * Indexed as `docs`; a document without tokens has none.
 * @example documentSources('EU B-ORG\n\n-DOCSTART- O\n\nPeter B-PER\n', docs) → ['EU B-ORG\n\n', '-DOCSTART- O\n\nPeter B-PER\n']
 */
export function documentSources(content: string, docs: readonly ConllDocument[]): string[] {
  const starts: [number, number][] = []; // [document, first line (0-based)]
  for (const [d, doc] of docs.entries())
    if (doc.sentences.length > 0)
      starts.push([d, starts.length === 0 ? 0 : (doc.docstart?.line ?? doc.newdoc?.from ?? 1) - 1]);
  const lines = content.split('\n');
  const sources: string[] = [];
  for (const [k, [d, from]] of starts.entries()) {
    const next = starts[k + 1];
    sources[d] = next ? `${lines.slice(from, next[1]).join('\n')}\n` : lines.slice(from).join('\n');
  }
  return sources;
}
