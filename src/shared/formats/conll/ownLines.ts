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
 * feeds): the lines its file had (`kept.verbatim`: CRLF, blanks at line ends) when they read as
 * the written ones, so nothing changed; else the written ones with its file's line end
 * (`kept.lineEnd`). `ending` is the line breaks its file ended with, for an export it ends.
 * @example ownLines('EU B-ORG\n\n', { …, lineEnd: '\r\n' }, undefined).body === 'EU B-ORG'
 */
export function ownLines(written: string, kept: KeptConll, ending: number | undefined): OwnLines {
  const lineEnd = kept.lineEnd ?? '\n';
  const lines = written.replace(BREAKS_AT_END, '');
  const { verbatim } = kept;
  if (
    verbatim !== undefined &&
    linesRead(verbatim, kept.tabs === true).replace(BREAKS_AT_END, '') === lines
  ) {
    const tail = BREAKS_AT_END.exec(verbatim)?.[0] ?? '';
    const body = verbatim.slice(0, verbatim.length - tail.length);
    const blank = tail.split('\n').length > 2;
    return { body, between: blank ? tail : lineEnd.repeat(2), last: tail };
  }
  return {
    body: withLineEnd(lines, lineEnd),
    between: lineEnd.repeat(2),
    last: lineEnd.repeat(ending ?? 2),
  };
}
