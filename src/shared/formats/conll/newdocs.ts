import { NEWDOC } from './conllLines';
import type { ConllDocument, ConllNewdoc } from './conllLines';

/** The id a `# newdoc id = NAME` line gives. */
const NEWDOC_ID = /^#\s*newdoc\s+id\s*=(.*)$/u;
// eslint-disable-next-line no-control-regex -- a name with a control character is refused as a name
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** A `# doc_id = NAME` line, as OGER's CoNLL output opens each article with one. */
const DOC_ID = /^#\s*doc_id\s*=(.*)$/u;

/**
 * A CoNLL-U file's documents split at its `# newdoc` lines too (the comment block of the
 * sentence a document begins with holds one, as Universal Dependencies writes it): each opens
 * a document, except one before the first sentence of a document a `-DOCSTART-` line (or the
 * file's start) opened, which belongs to that document. Sentences before the first `# newdoc`
 * are a document only when there are some. The line stays among the sentence's comments, so
 * the document's lines are written back as they were.
 * @example atNewdocs(conllDocuments('# newdoc id = a\n1\tx\t…\n\n# newdoc id = b\n1\ty\t…\n')).length === 2
 */
export function atNewdocs(documents: readonly ConllDocument[]): ConllDocument[] {
  return splitAt(documents, (comment) => (NEWDOC.test(comment) ? comment : null), true);
}

/**
 * A token file's documents split at `# doc_id = NAME` lines (OGER's CoNLL), as at `# newdoc`
 * lines (see {@link atNewdocs}), each named by its NAME; a line naming the document its
 * sentence is already in (a file that repeats it before every sentence) opens none.
 * @example atDocIds(conllDocuments('# doc_id = a\nx O\n\n# doc_id = b\ny O\n', false)).length === 2
 */
export function atDocIds(documents: readonly ConllDocument[]): ConllDocument[] {
  const opening = (d: ConllDocument) => d.sentences.some((s) => s.comments.some(isDocIdLine));
  if (!documents.some(opening)) return [...documents];
  return splitAt(documents, (comment) => DOC_ID.exec(comment)?.[1]?.trim() ?? null, false);
}

/** Whether a comment line is a `# doc_id = NAME` line (see {@link atDocIds}). */
export function isDocIdLine(comment: string): boolean {
  return DOC_ID.test(comment.trim());
}

/**
 * The documents split at the sentences one of whose comment lines `idOf` gives an id: a new
 * document there, unless it is the document's first sentence, or (not `always`) the id is the
 * one of the document the sentence is in.
 */
function splitAt(
  documents: readonly ConllDocument[],
  idOf: (comment: string) => string | null,
  always: boolean,
): ConllDocument[] {
  const out: ConllDocument[] = [];
  for (const doc of documents) {
    let current: ConllDocument = { docstart: doc.docstart, sentences: [], trailing: [] };
    let id: string | null = null;
    for (const sentence of doc.sentences) {
      const at = sentence.comments.findIndex((c) => idOf(c.trim()) !== null);
      const opened = at >= 0 ? idOf((sentence.comments[at] ?? '').trim()) : null;
      const firstRow = sentence.rows[0];
      if (opened !== null && firstRow && (always || opened !== id)) {
        id = opened;
        // A sentence's comment lines are the lines just before its first token line (or from
        // `from`, when a blank line set its `# newdoc` apart).
        const from = sentence.from ?? firstRow.line - sentence.comments.length;
        const newdoc = { line: from + at, text: (sentence.comments[at] ?? '').trim(), from };
        if (current.sentences.length > 0) {
          out.push(current);
          current = { docstart: null, sentences: [], trailing: [], newdoc };
        } else if (!current.newdoc) current = { ...current, newdoc };
      }
      current.sentences.push(sentence);
    }
    out.push({ ...current, trailing: doc.trailing });
  }
  return out;
}

/**
 * The name a `# newdoc id = NAME` (or `# doc_id = NAME`) line gives its document (trimmed), or null when it gives
 * none, an empty one, or one holding a control character. A name is a label: it never
 * becomes a path (Loupe stores a document under an id of its own).
 * @example newdocName({ line: 1, text: '# newdoc id = weblog-1', from: 1 }) === 'weblog-1'
 */
export function newdocName(newdoc: ConllNewdoc | undefined): string | null {
  const id = newdoc
    ? (NEWDOC_ID.exec(newdoc.text) ?? DOC_ID.exec(newdoc.text))?.[1]?.trim()
    : undefined;
  return id && !CONTROL.test(id) ? id : null;
}

/**
 * Whether CoNLL-U lines open a document of their own before their first word: a
 * `-DOCSTART-` line or a `# newdoc` line among those before it.
 */
export function opensDocument(lines: readonly string[]): boolean {
  for (const raw of lines) {
    const line = raw.trim();
    if (line.split(/[ \t]/u)[0] === '-DOCSTART-' || NEWDOC.test(line)) return true;
    if (line !== '' && !line.startsWith('#')) return false;
  }
  return false;
}
