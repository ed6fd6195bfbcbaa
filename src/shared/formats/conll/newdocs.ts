import { NEWDOC } from './conllLines';
import type { ConllDocument, ConllNewdoc } from './conllLines';

/** The id a `# newdoc id = NAME` line gives. */
const NEWDOC_ID = /^#\s*newdoc\s+id\s*=(.*)$/u;
// eslint-disable-next-line no-control-regex -- a name with a control character is refused as a name
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

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
  const out: ConllDocument[] = [];
  for (const doc of documents) {
    let current: ConllDocument = { docstart: doc.docstart, sentences: [], trailing: [] };
    for (const sentence of doc.sentences) {
      const at = sentence.comments.findIndex((c) => NEWDOC.test(c.trim()));
      const firstRow = sentence.rows[0];
      if (at >= 0 && firstRow) {
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
 * The name a `# newdoc id = NAME` line gives its document (trimmed), or null when it gives
 * none, an empty one, or one holding a control character. A name is a label: it never
 * becomes a path (Loupe stores a document under an id of its own).
 * @example newdocName({ line: 1, text: '# newdoc id = weblog-1', from: 1 }) === 'weblog-1'
 */
export function newdocName(newdoc: ConllNewdoc | undefined): string | null {
  const id = newdoc ? NEWDOC_ID.exec(newdoc.text)?.[1]?.trim() : undefined;
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
