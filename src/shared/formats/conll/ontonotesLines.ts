import type { ConllRow, ConllSentence } from './conllLines';
import type { LineProblem } from './layoutOf';

/**
 * One `#begin document (<id>); part <n>` … `#end document` block of an OntoNotes / CoNLL-2012
 * file: its id and part, its sentences (every column of each token line) and its source, the
 * file's text from its `#begin` line (from the file's start for the first) to the next
 * `#begin` line or the end, as it was, CR and spacing included.
 */
export interface OntonotesDocument {
  readonly id: string;
  readonly part: string;
  /** The 1-based line of its `#begin document` line. */
  readonly line: number;
  readonly sentences: ConllSentence[];
  readonly source: string;
}

/** `#begin document (bc/cctv/00/cctv_0001); part 000`: the id, then the part when given. */
const BEGIN = /^#begin document\s*\((.*)\);?\s*(?:part\s+(\S+))?\s*$/;

/** Columns are separated by runs of spaces and tabs. */
const SEPARATORS = /[ \t]+/;

/** What a line of an OntoNotes file is. */
function kindOf(trimmed: string): 'begin' | 'end' | 'blank' | 'comment' | 'token' {
  if (trimmed === '') return 'blank';
  if (trimmed.startsWith('#begin document')) return 'begin';
  if (trimmed.startsWith('#end document')) return 'end';
  return trimmed.startsWith('#') ? 'comment' : 'token';
}

/**
 * Splits an OntoNotes / CoNLL-2012 file (`*_gold_conll`) into its documents, one per
 * `#begin document … part N` line, each closed by `#end document`, sentences between blank
 * lines. A token line outside a document, a `#begin` before the last document's `#end`, a
 * missing `#end`, another `#` line, and a sentence whose lines differ in their column count
 * are problems on their lines. A leading byte-order mark is dropped.
 * @example ontonotesDocuments('#begin document (a); part 000\na 0 0 Mali NNP * - - - - (GPE) -\n#end document\n', [])[0].id === 'a'
 */
export function ontonotesDocuments(content: string, problems: LineProblem[]): OntonotesDocument[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const documents: OntonotesDocument[] = [];
  let open: { id: string; part: string; line: number; from: number; ended: boolean } | null = null;
  let sentences: ConllSentence[] = [];
  let rows: ConllRow[] = [];
  const endSentence = (): void => {
    if (rows.length > 0) sentences.push({ rows, comments: [] });
    rows = [];
  };
  const close = (to: number): void => {
    endSentence();
    if (open) {
      const { id, part, line } = open;
      documents.push({ id, part, line, sentences, source: text.slice(open.from, to) });
    }
    sentences = [];
  };
  let at = 0; // offset of the line's start
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i] ?? '';
    const trimmed = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).trim();
    const start = at;
    at += raw.length + 1;
    const kind = kindOf(trimmed);
    if (kind === 'blank') endSentence();
    else if (kind === 'begin') {
      if (open && !open.ended)
        problems.push({
          line: open.line,
          reason: `the document begun here has no #end document line before the next #begin document (line ${line}): add "#end document" after its last sentence`,
        });
      close(start);
      const m = BEGIN.exec(trimmed);
      if (!m)
        problems.push({
          line,
          reason: `${JSON.stringify(trimmed)} is not a "#begin document (<id>); part <n>" line: write the id in parentheses`,
        });
      open = {
        id: m?.[1] ?? '',
        part: m?.[2] ?? '',
        line,
        from: documents.length === 0 ? 0 : start,
        ended: false,
      };
    } else if (kind === 'end') {
      endSentence();
      if (!open || open.ended)
        problems.push({
          line,
          reason:
            '#end document with no #begin document before it: add the "#begin document (<id>); part <n>" line or remove this one',
        });
      else open.ended = true;
    } else if (kind === 'comment')
      problems.push({
        line,
        reason: `${JSON.stringify(trimmed.slice(0, 40))} is neither "#begin document" nor "#end document", the only # lines of an OntoNotes file: remove it`,
      });
    else if (!open || open.ended)
      problems.push({
        line,
        reason: `a token line outside a document (${open ? 'after #end document' : 'before any #begin document'}): every sentence stands between "#begin document (<id>); part <n>" and "#end document"`,
      });
    else {
      const columns = trimmed.split(SEPARATORS);
      const first = rows[0];
      if (first && first.columns.length !== columns.length)
        problems.push({
          line,
          reason: `has ${columns.length} columns, but line ${first.line}, the first of its sentence, has ${first.columns.length}; every line of a sentence has the same columns (one predicate-argument column per predicate of the sentence)`,
        });
      rows.push({ line, columns });
    }
  }
  if (open && !open.ended)
    problems.push({
      line: open.line,
      reason:
        'the document begun here has no #end document line: the file may be cut short; add "#end document" after its last sentence',
    });
  close(text.length);
  if (documents.length === 0)
    problems.push({
      reason:
        'holds no "#begin document (<id>); part <n>" line: an OntoNotes / CoNLL-2012 file opens each document with one',
    });
  return documents;
}
