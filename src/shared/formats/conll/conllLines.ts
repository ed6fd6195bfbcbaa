import { parseTag } from '../common';
import { isTabSeparated } from './tabSeparated';

/** One token line: its 1-based number and its columns. */
export interface ConllRow {
  readonly line: number;
  readonly columns: readonly string[];
}

/** A sentence: its token lines and the comment lines just before it (as they were). */
export interface ConllSentence {
  readonly rows: ConllRow[];
  readonly comments: string[];
  /** The 1-based number of its first comment line when blank lines stand among them or after them (a CoNLL-U `# newdoc` block of its own). */
  from?: number;
}

/** A CoNLL-U document break: `# newdoc`, or `# newdoc id = NAME`. */
export const NEWDOC = /^#\s*newdoc(?:\s|$)/u;

/** A document: from a `-DOCSTART-` or `###MEDLINE:` line (or the file's start) to the next. */
export interface ConllDocument {
  /** The `-DOCSTART-` line (its columns joined by one space) or `###MEDLINE:` line, and its number. */
  readonly docstart: { readonly line: number; readonly text: string } | null;
  readonly sentences: ConllSentence[];
  /** Comment lines after the last sentence. */
  readonly trailing: string[];
  /** The CoNLL-U `# newdoc` line that opened or named it (see `atNewdocs`), and the first line of its sentence. */
  readonly newdoc?: ConllNewdoc;
}

/** A `# newdoc` line (as it was, trimmed), its 1-based number, and that of its sentence's first line. */
export interface ConllNewdoc {
  readonly line: number;
  readonly text: string;
  readonly from: number;
}

/** Columns are separated by runs of spaces and tabs. */
const SEPARATORS = /[ \t]+/;

/**
 * Splits a token file into documents (at `-DOCSTART-` and BSNLP's `#DOCSTART` lines, and at
 * JNLPBA / GENIA `###MEDLINE:<id>` lines that open a sentence) and sentences (at blank lines), in one pass
 * over its lines. A line starting with `#` before a sentence's first token is a
 * comment (GermEval 2014, CoNLL-U), unless it has the columns of the lines before and a tag
 * in the last (the token `#`). CR before LF and a leading byte-order mark are dropped.
 * Columns are split at runs of spaces and tabs, or at each tab alone in a tab-separated file
 * (`tabs`, see `isTabSeparated`), whose words may be empty or hold spaces (`ke s<TAB>O`).
 * @example conllDocuments('-DOCSTART- O\n\nEU B-ORG\nrejects O\n')[0].sentences[0].rows.length === 2
 */
export function conllDocuments(
  content: string,
  tabs: boolean = isTabSeparated(content),
): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let doc: ConllDocument = { docstart: null, sentences: [], trailing: [] };
  let sentence: ConllSentence = { rows: [], comments: [] };
  let width = 0; // columns of the last token line
  const endSentence = (): void => {
    if (sentence.rows.length > 0) doc.sentences.push(sentence);
    else doc.trailing.push(...sentence.comments);
    sentence = { rows: [], comments: [] };
  };
  const lines = (content.charCodeAt(0) === 0xfeff ? content.slice(1) : content).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const text = lines[i] ?? '';
    const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
    const trimmed = trimmedOf(raw);
    if (trimmed === '') {
      // A block of `#` lines with a blank line after it (a `# newdoc` block some CoNLL-U writers
      // set apart so, a note between sentences) goes with the sentence after it, where it stood:
      // else a document would not begin, and the note would move to the document's end.
      if (sentence.rows.length === 0 && sentence.comments.length > 0) {
        sentence.from ??= line - sentence.comments.length;
        continue;
      }
      endSentence();
      continue;
    }
    const spaced = columnsOf(trimmed);
    const columns = tabs ? tabColumns(raw) : spaced;
    if (isDocstart(spaced[0]) || (sentence.rows.length === 0 && isMedlineLine(trimmed))) {
      endSentence();
      if (doc.docstart !== null || doc.sentences.length > 0 || doc.trailing.length > 0) {
        documents.push(doc);
        doc = { docstart: null, sentences: [], trailing: [] };
      }
      doc = { ...doc, docstart: { line, text: spaced.join(' ') } };
      continue;
    }
    if (sentence.rows.length === 0 && trimmed.startsWith('#') && !isTokenLine(columns, width)) {
      sentence.comments.push(raw);
      continue;
    }
    sentence.rows.push({ line, columns });
    width = columns.length;
  }
  endSentence();
  if (doc.docstart !== null || doc.sentences.length > 0 || doc.trailing.length > 0)
    documents.push(doc);
  return documents;
}

/**
 * The line breaks after a file's last line that holds more than spaces and tabs: 2 when it
 * ends with a blank line, as CoNLL-2003 does, 1 without (spaCy's converters and the MIT corpora
 * end so), 0 when its last line has no line break.
 * @example lineBreaksAtEnd('EU B-ORG\nrejects O\n') === 1
 */
export function lineBreaksAtEnd(content: string): number {
  let breaks = 0;
  for (let i = content.length - 1; i >= 0; i--) {
    const unit = content.charCodeAt(i);
    if (unit === 10) breaks++;
    else if (unit !== 13 && !isBlank(unit)) break;
  }
  return breaks;
}

/**
 * Whether a line's first column opens a document: `-DOCSTART-` (CoNLL-2003), or `#DOCSTART`
 * alone on its line (the BSNLP files WikiNEuRal's repository keeps).
 */
function isDocstart(first: string | undefined): boolean {
  return first === '-DOCSTART-' || first === HASH_DOCSTART;
}

/** A document break written as a `#` line. */
export const HASH_DOCSTART = '#DOCSTART';

/** JNLPBA / GENIA: `###MEDLINE:96088447`, the line that opens each abstract. */
const MEDLINE = /^###MEDLINE:(\S+)$/;

/** Whether a line is a JNLPBA / GENIA document break (`###MEDLINE:<id>`). */
function isMedlineLine(trimmed: string): boolean {
  return MEDLINE.test(trimmed);
}

/**
 * The id a document break line names (`96088447` of `###MEDLINE:96088447`), or null for a
 * `-DOCSTART-` line.
 * @example medlineId('###MEDLINE:96088447') === '96088447'
 */
export function medlineId(line: string): string | null {
  return MEDLINE.exec(line)?.[1] ?? null;
}

/** A `#` line that is a token (`#` itself, tagged): the columns of the lines before, a tag last. */
function isTokenLine(columns: readonly string[], width: number): boolean {
  const last = columns[columns.length - 1] ?? '';
  const tag = parseTag(last);
  return columns.length === width && tag !== null && tag.prefix !== '';
}

/** The line without spaces and tabs at its ends. */
function trimmedOf(raw: string): string {
  let from = 0;
  let to = raw.length;
  while (from < to && isBlank(raw.charCodeAt(from))) from++;
  while (to > from && isBlank(raw.charCodeAt(to - 1))) to--;
  return from === 0 && to === raw.length ? raw : raw.slice(from, to);
}

/** A trimmed line's columns: split at single spaces when that is all there is (most files), else at runs of spaces and tabs. */
function columnsOf(trimmed: string): string[] {
  if (!trimmed.includes('\t') && !trimmed.includes('  ')) return trimmed.split(' ');
  return trimmed.split(SEPARATORS);
}

/** A tab-separated line's columns: its tabs split it, spaces at its start stay in the first column. */
function tabColumns(raw: string): string[] {
  let to = raw.length;
  while (to > 0 && isBlank(raw.charCodeAt(to - 1))) to--;
  return raw.slice(0, to).split('\t');
}

function isBlank(unit: number): boolean {
  return unit === 32 || unit === 9;
}
