import { pipedColumns, tokensOf } from '../common';
import type { ConllDocument, ConllRow, ConllSentence } from './conllLines';

/**
 * Splits a file of one sentence per line, tokens tagged inline (`The|DT|O Oxford|NNP|I-MISC`,
 * WikiNER and spaCy's `iob` converter), into the documents a token-per-line file gives: a
 * line is a sentence, each token a row of `word`, (`POS`,) `tag` (its columns cut at its last
 * bars, as many as its line's tokens mostly have, so a word may hold `|`), blank lines
 * between documents, a `-DOCSTART-` token alone on its line opening one. A token with fewer
 * bars keeps the columns it has, and the layout check names its line.
 * @example pipedDocuments('I|O like|O London|I-GPE\n')[0].sentences[0].rows[2].columns → ['London', 'I-GPE']
 */
export function pipedDocuments(content: string): ConllDocument[] {
  const lines = (content.charCodeAt(0) === 0xfeff ? content.slice(1) : content).split('\n');
  const documents: ConllDocument[] = [];
  let doc: { docstart: ConllDocument['docstart']; sentences: ConllSentence[] } = {
    docstart: null,
    sentences: [],
  };
  const endDocument = (): void => {
    if (doc.docstart !== null || doc.sentences.length > 0) documents.push({ ...doc, trailing: [] });
    doc = { docstart: null, sentences: [] };
  };
  for (const [i, text] of lines.entries()) {
    const line = i + 1;
    const trimmed = (text.endsWith('\r') ? text.slice(0, -1) : text).trim();
    if (trimmed === '') {
      endDocument();
      continue;
    }
    const tokens = tokensOf(trimmed);
    const [first] = tokens;
    if (tokens.length === 1 && first?.split('|')[0] === '-DOCSTART-') {
      endDocument();
      doc.docstart = { line, text: first.split('|').join(' ') };
      continue;
    }
    const width = widthOf(tokens);
    const rows: ConllRow[] = tokens.map((token) => ({
      line,
      columns: pipedColumns(token, width) ?? token.split('|'),
    }));
    doc.sentences.push({ rows, comments: [] });
  }
  endDocument();
  return documents;
}

/** The columns most tokens of a sentence line have (2: `word|tag`, 3: `word|POS|tag`), the fewer on a tie. */
function widthOf(tokens: readonly string[]): number {
  const counts = new Map<number, number>();
  for (const token of tokens) {
    const n = token.split('|').length;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 2;
  let most = 0;
  for (const [n, count] of counts)
    if (count > most || (count === most && n < width)) [width, most] = [n, count];
  return width;
}
