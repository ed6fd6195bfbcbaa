import { stripByteOrderMark } from '../common/splitLines';
import type { ErrorCollector, FormatFile, NumberedLine } from '../common';

const TITLE = /^([^|\t]+)\|t\|(.*)$/;
const ABSTRACT = /^([^|\t]+)\|a\|(.*)$/;

/** One document of a PubTator file as written: title, abstract and the lines after them. */
export interface PubtatorBlock {
  readonly pmid: string;
  readonly titleLine: number;
  readonly title: string;
  /** null when the document has no abstract line. */
  readonly abstract: string | null;
  /** Mention and relation lines, in file order. */
  readonly body: readonly NumberedLine[];
  /** What came before the title line (only the file's first document has any). */
  readonly lead: string;
  /** What follows the document's last line, up to the next title or the end of the file. */
  readonly after: string;
  readonly crlf: boolean;
}

interface Building {
  pmid: string;
  titleLine: number;
  title: string;
  abstract: string | null;
  body: NumberedLine[];
  lead: string;
  /** Index of the document's last line, and whether a blank line closed it. */
  last: number;
  closed: boolean;
}

/**
 * Splits a PubTator file into documents: each opens with `PMID|t|title`, then `PMID|a|abstract`
 * and the tab-separated lines, and ends at a blank line. A line outside any document, or an
 * abstract line out of place, is an error naming the line; the lines' columns are read later.
 * @example parsePubtator(file('a.txt', '1|t|T\n1|a|A\n1\t0\t1\tT\tX\tD1\n'), errors)[0]?.body.length === 1
 */
export function parsePubtator(file: FormatFile, errors: ErrorCollector): PubtatorBlock[] {
  const content = stripByteOrderMark(file.content);
  const crlf = content.includes('\r\n');
  const raw = content.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of raw) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const textOf = (i: number) => {
    const line = raw[i] ?? '';
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  const endOf = (i: number) => (starts[i] ?? 0) + textOf(i).length;
  const blocks: PubtatorBlock[] = [];
  let current: Building | null = null;
  const finish = (next: number | undefined) => {
    if (!current) return;
    const after = content.slice(endOf(current.last), next === undefined ? undefined : starts[next]);
    const { pmid, titleLine, title, abstract, body, lead } = current;
    blocks.push({ pmid, titleLine, title, abstract, body, lead, after, crlf });
  };
  for (const [i] of raw.entries()) {
    const text = textOf(i);
    const line = i + 1;
    if (text.trim() === '') {
      if (current) current.closed = true;
      continue;
    }
    const title = TITLE.exec(text);
    if (title) {
      finish(i);
      const lead: string = blocks.length === 0 && !current ? content.slice(0, starts[i]) : '';
      current = {
        pmid: title[1] ?? '',
        titleLine: line,
        title: title[2] ?? '',
        abstract: null,
        body: [],
        lead,
        last: i,
        closed: false,
      };
      continue;
    }
    const problem = lineProblem(current, text);
    if (problem) {
      errors.add(file.path, line, problem);
      continue;
    }
    if (!current) continue;
    const abstract = ABSTRACT.exec(text);
    if (abstract) current.abstract = abstract[2] ?? '';
    else current.body.push({ line, text });
    current.last = i;
  }
  finish(undefined);
  return blocks;
}

/** Why a line (not blank, not a title) cannot stand where it is, or null when it can. */
function lineProblem(current: Building | null, text: string): string | null {
  const abstract = ABSTRACT.exec(text);
  const pmid = abstract ? abstract[1] : text.split('\t')[0];
  const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
  if (!current)
    return `${shown} comes before any title line; a PubTator document opens with PMID|t|title, then PMID|a|abstract and its mention lines. Add the title line, or remove this line`;
  if (current.closed)
    return `${shown} follows a blank line, which ends document ${current.pmid}; open a new document with its title line (PMID|t|title) or remove the blank line`;
  if (pmid !== current.pmid)
    return `PMID ${JSON.stringify(pmid)} differs from the document's ${JSON.stringify(current.pmid)} (title on line ${current.titleLine}); every line of a document starts with its PMID: fix it, or put a blank line and a title line before the other document`;
  if (!abstract) return null;
  if (current.abstract !== null)
    return `a second abstract line for document ${current.pmid}; a PubTator document has one: join them or remove one`;
  if (current.body.length > 0)
    return `the abstract line of document ${current.pmid} comes after its mention lines; put it right after the title line`;
  return null;
}
