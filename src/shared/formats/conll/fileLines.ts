import { trimEndOf } from '../../text';
import type { ConllDocument } from './conllLines';
import { documentSources } from './documentSources';

/** What a document keeps of how its file wrote its lines (see `KeptConll.lineEnd`, `verbatim`). */
export interface FileLines {
  readonly lineEnd?: '\r\n';
  readonly verbatim?: string;
}

/** A line ending in a space or tab (a `#` comment line keeps its blanks as it is). */
const BLANKS_AT_END = /[ \t]\r?$/mu;

/** Columns a space-separated file aligns or separates otherwise than by one space: runs of blanks, a tab, blanks first. */
const OTHER_SEPARATORS = /[^\s] *\t|\t *[^\s]|[^\s] {2,}[^\s]|^[ \t]+[^\s]/mu;

/** A document break line (`-DOCSTART-`, BSNLP's `#DOCSTART`) from its start: in a pattern of lines. */
const BREAK = String.raw`^(?:-DOCSTART-|#DOCSTART)(?![^ \t\r\n])[^\n]*`;
/** A blank line (spaces, tabs, a carriage return at most) with its line feed. */
const BLANK = String.raw`[ \t\r]*\n`;

/**
 * Blank lines where an export would not write them: first in the file (GUM), none or two after a
 * `-DOCSTART-` line, two or more between sentences, after a `#` comment line; or a `-DOCSTART-`
 * line with no tokens after it (wikigold's last): the file's lines are kept to write them back.
 */
const OTHER_LAYOUT = new RegExp(
  [
    String.raw`(?<![\s\S])\uFEFF?${BLANK}`,
    String.raw`${BREAK}\n[ \t]*[^\s]`,
    String.raw`${BREAK}\n${BLANK}${BLANK}`,
    String.raw`\n${BLANK}${BLANK}(?=[ \t]*[^\s])`,
    String.raw`^[ \t]*#(?!DOCSTART)[^\n]*\n${BLANK}`,
    String.raw`${BREAK}(?:\n[ \t\r]*)*(?:\n(?:-DOCSTART-|#DOCSTART)|(?![\s\S]))`,
  ].join('|'),
  'mu',
);

/**
 * How each document's lines were written, where the export would not write them so: CRLF line
 * ends (a Windows-made file), kept as the line end of the file (when most of its lines end so),
 * and the document's lines as they were when they differ from the lines Loupe reads (blanks
 * after a line's last column, line ends of both kinds, columns of a space-separated file
 * aligned by runs of spaces or set apart by tabs) or from the blank lines an export writes
 * (see `OTHER_LAYOUT`). Indexed as `docs`; empty for a file of line
 * feeds, single separators and no blanks at line ends, as most are.
 * @example fileLinesOf('EU B-ORG \r\nrejects O\r\n', docs, false) → [{ lineEnd: '\r\n', verbatim: 'EU B-ORG \r\nrejects O\r\n' }]
 */
export function fileLinesOf(
  content: string,
  docs: readonly ConllDocument[],
  tabs: boolean,
): FileLines[] {
  const crlf = content.includes('\r\n');
  const aligned = !tabs && OTHER_SEPARATORS.test(content);
  const laidOut = OTHER_LAYOUT.test(content);
  if (!crlf && !aligned && !laidOut && !BLANKS_AT_END.test(content)) return [];
  const windows = crlf && lineEndOf(content) !== undefined;
  const lineEnd = windows ? '\r\n' : '\n';
  const own: FileLines = windows ? { lineEnd: '\r\n' } : {};
  return documentSources(content.replace(/^\uFEFF/u, ''), docs).map((source) => {
    const same =
      withLineEnd(linesRead(source, tabs), lineEnd) === source &&
      !(laidOut && OTHER_LAYOUT.test(source));
    return same ? own : { ...own, verbatim: source };
  });
}

/**
 * A document's lines as the CoNLL reader takes them: line feeds alone, no byte-order mark,
 * no blanks at the end of a line (but of a `#` comment line, kept as it is), and in a file not
 * tab-separated (`tabs`), its columns one space apart.
 * @example linesRead('EU  B-ORG \r\n# a \r\n', false) === 'EU B-ORG\n# a \n'
 */
export function linesRead(source: string, tabs: boolean): string {
  return source
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .map((line) => {
      const raw = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (raw.trimStart().startsWith('#')) return raw;
      return tabs
        ? trimEndOf(raw, ' \t')
        : raw
            .trim()
            .split(/[ \t]+/u)
            .join(' ');
    })
    .join('\n');
}

/** Lines joined by line feeds, with `lineEnd` instead. */
export function withLineEnd(text: string, lineEnd: string): string {
  return lineEnd === '\n' ? text : text.replaceAll('\n', lineEnd);
}

/**
 * A Windows-made file's line end, CRLF, when most of its line feeds follow a carriage return;
 * undefined for a file of line feeds. A file of sentences of tokens tagged inline keeps it so:
 * its export is written a token per line, in that line end.
 * @example lineEndOf('I|O like|O\r\n') === '\r\n'
 */
export function lineEndOf(content: string): '\r\n' | undefined {
  return content.includes('\r\n') && crlfShare(content) * 2 > 1 ? '\r\n' : undefined;
}

/** The share of a file's line feeds that follow a carriage return. */
function crlfShare(content: string): number {
  let feeds = 0;
  let crlf = 0;
  for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) {
    feeds++;
    if (content.charCodeAt(at - 1) === 13) crlf++;
  }
  return feeds === 0 ? 0 : crlf / feeds;
}
