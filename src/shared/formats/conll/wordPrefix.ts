import type { ConllDocument } from './conllLines';
import type { ConllLayout } from './layoutOf';

/** WikiANN / PAN-X's language prefix of every word: `en:`, `de:`, `zh-yue:`. */
const LANGUAGE_PREFIX = /^([a-z]{2,3}(?:-[a-z]{2,8})?:)./u;

/**
 * The language prefix every word of the file begins with, as WikiANN / PAN-X write them
 * (`en:Paul<TAB>B-PER`), and the documents with their words without it; null when the words
 * do not all share one (a single word never makes it).
 * @example wordPrefixed(conllDocuments('en:Paul\tB-PER\nen:Newman\tI-PER\n'), layout)?.prefix === 'en:'
 */
export function wordPrefixed(
  docs: readonly ConllDocument[],
  layout: ConllLayout,
): { prefix: string; docs: ConllDocument[] } | null {
  let prefix: string | undefined;
  let words = 0;
  for (const doc of docs)
    for (const sentence of doc.sentences)
      for (const row of sentence.rows) {
        const word = row.columns[layout.token] ?? '';
        prefix ??= LANGUAGE_PREFIX.exec(word)?.[1];
        if (prefix === undefined || !word.startsWith(prefix) || word.length === prefix.length)
          return null;
        words++;
      }
  if (prefix === undefined || words < 2) return null;
  const cut = prefix.length;
  const stripped = docs.map((doc) => ({
    ...doc,
    sentences: doc.sentences.map((sentence) => ({
      ...sentence,
      rows: sentence.rows.map((row) => ({
        line: row.line,
        columns: row.columns.map((c, i) => (i === layout.token ? c.slice(cut) : c)),
      })),
    })),
  }));
  return { prefix, docs: stripped };
}
