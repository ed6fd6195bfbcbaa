import type { KeptConll } from '../common';
import { linesRead, withLineEnd } from './fileLines';

/** A document's lines in an export: its lines, then the line breaks after it before another document, or at the export's end. */
export interface OwnLines {
  readonly body: string;
  readonly between: string;
  readonly last: string;
}

/** Line breaks (and blank lines of spaces or tabs) at the end of a document's lines. */
const BREAKS_AT_END = /(?:\r?\n[ \t]*)*\r?\n?$/u;

/**
 * A document's lines as the export writes them, from those written for it (`written`, line
 * feeds): the lines its file had (`kept.verbatim`: CRLF, blanks at line ends, blank lines
 * where the export writes none or one, see `sameLines`) when they read as the written ones, so nothing changed; else the written ones with its file's line end
 * (`kept.lineEnd`). `ending` is the line breaks its file ended with, for an export it ends.
 * @example ownLines('EU B-ORG\n\n', { …, lineEnd: '\r\n' }, undefined).body === 'EU B-ORG'
 */
export function ownLines(written: string, kept: KeptConll, ending: number | undefined): OwnLines {
  const lineEnd = kept.lineEnd ?? '\n';
  const lines = written.replace(BREAKS_AT_END, '');
  const { verbatim } = kept;
  if (
    verbatim !== undefined &&
    sameLines(linesRead(verbatim, kept.tabs === true).replace(BREAKS_AT_END, ''), lines, kept)
  ) {
    const tail = BREAKS_AT_END.exec(verbatim)?.[0] ?? '';
    const body = verbatim.slice(0, verbatim.length - tail.length);
    const blank = tail.split('\n').length > 2;
    return { body, between: blank ? tail : lineEnd.repeat(2), last: tail };
  }
  // Document breaks with no tokens after them (CoNLL-2003's and wikigold's last) stay after it.
  const breaks = verbatim === undefined ? [] : breaksAtEnd(linesRead(verbatim, kept.tabs === true));
  return {
    body: withLineEnd([lines, ...breaks].join('\n\n'), lineEnd),
    between: lineEnd.repeat(2),
    last: lineEnd.repeat(ending ?? 2),
  };
}

/**
 * The document break lines after a document's last token line, each a document with no tokens.
 * @example breaksAtEnd('EU B-ORG\n\n-DOCSTART- -X- O O\n\n') → ['-DOCSTART- -X- O O']
 */
export function breaksAtEnd(read: string): string[] {
  const breaks: string[] = [];
  const all = read.split('\n');
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i] ?? '';
    if (line.trim() === '') continue;
    if (!BREAK_LINE.test(line)) break;
    breaks.unshift(line);
  }
  return breaks;
}

/**
 * Whether a document's lines as read (`read`) and as written hold the same lines: the same
 * token and `-DOCSTART-` lines, its comment lines all written, sentences apart where they
 * were; blank lines may differ in number (two between sentences, none after a `-DOCSTART-`
 * line, some first), comments in place, and a `-DOCSTART-` line with no tokens after it be
 * left out, as they are the file's layout, not its content.
 * @example sameLines('-DOCSTART- O\nEU B-ORG', '-DOCSTART- O\n\nEU B-ORG', kept) === true
 */
export function sameLines(read: string, written: string, kept: KeptConll): boolean {
  if (read === written) return true;
  const comments = new Set((kept.comments ?? []).map(([, line]) => line));
  const a = contentLines(read, comments);
  const b = contentLines(written, comments);
  return a.comments === b.comments && a.lines.join('\n') === b.lines.join('\n');
}

/** A document break line: `-DOCSTART-` or BSNLP's `#DOCSTART`, and its other columns. */
const BREAK_LINE = /^(?:-DOCSTART-|#DOCSTART)(?:[ \t]|$)/u;

/** The lines that are no layout (see `sameLines`), one blank line between sentences; and the count of comment lines. */
function contentLines(
  text: string,
  comments: ReadonlySet<string>,
): { lines: string[]; comments: number } {
  const lines: string[] = [];
  let count = 0;
  for (const line of text.split('\n')) {
    if (comments.has(line)) {
      count++;
      continue;
    }
    const blank = line.trim() === '';
    const before = lines[lines.length - 1];
    if (blank && (before === undefined || before === '' || BREAK_LINE.test(before))) continue;
    // A document break with nothing of its own after it, the next one or a blank line.
    if (!blank && BREAK_LINE.test(line) && before !== undefined && BREAK_LINE.test(before))
      lines.pop();
    lines.push(blank ? '' : line);
  }
  while (
    lines.length > 0 &&
    (lines[lines.length - 1] === '' || BREAK_LINE.test(lines[lines.length - 1] ?? ''))
  )
    lines.pop();
  return { lines, comments: count };
}
