import { splitLines, stripByteOrderMark } from './splitLines';

/** The cell separators of the tables Loupe reads: SemEval's tab, and the comma of CSV files. */
export type TableDelimiter = '\t' | ',';

/** One record of a table: the line it starts on (1-based) and its cells. */
export interface TableRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A table's records, the line break its first line ends with, and the first problem met, if any. */
export interface TableRecords {
  readonly records: readonly TableRecord[];
  readonly lineBreak: '\n' | '\r\n';
  readonly problem: { readonly line: number; readonly reason: string } | null;
}

/**
 * The records of a table. Tab-separated tables are split on line breaks and tabs only: their
 * cells are never quoted (SemEval-2016 Task 6's tweets hold `"` as written). Comma-separated
 * ones follow RFC 4180: a cell in double quotes may hold commas, line breaks and `""` for a
 * quote; a quote inside an unquoted cell is kept as written (as Python's csv module reads it).
 * Blank lines outside quotes are skipped. `limit` stops after that many records. `quoted` reads
 * a tab-separated table with RFC 4180's quotes too, as Python's csv module writes one (Label
 * Studio's TSV export).
 * @example tableRecords('a,b\n"x, y",z\n', ',').records → [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', 'z'] }]
 */
export function tableRecords(
  content: string,
  delimiter: TableDelimiter,
  limit = Infinity,
  quoted = delimiter === ',',
): TableRecords {
  const text = stripByteOrderMark(content);
  const firstBreak = text.indexOf('\n');
  const lineBreak = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  if (!quoted) {
    const records = splitLines(text)
      .filter((l) => l.text.trim() !== '')
      .slice(0, limit)
      .map((l) => ({ line: l.line, cells: l.text.split('\t') }));
    return { records, lineBreak, problem: null };
  }
  return { ...csvRecords(text, delimiter, limit), lineBreak };
}

/** RFC 4180 records, read character by character; an unclosed quote or text after a closing one is a problem. */
function csvRecords(
  text: string,
  delimiter: TableDelimiter,
  limit: number,
): Omit<TableRecords, 'lineBreak'> {
  const records: TableRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length && records.length < limit) {
    const c = text[i];
    if (c === '"' && cell === '') {
      const opened = line;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
          return {
            records,
            problem: {
              line: opened,
              reason:
                'opens a quoted cell that is never closed; a quote inside a quoted cell is written twice ("")',
            },
          };
        cell += text.slice(j, q);
        if (text[q + 1] === '"') {
          cell += '"';
          j = q + 2;
          continue;
        }
        line += countBreaks(text, i, q);
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
        return {
          records,
          problem: {
            line,
            reason: `has text after the quote that closes a cell (${JSON.stringify(text.slice(i, i + 20))}); a quote inside a quoted cell is written twice ("")`,
          },
        };
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
    i++;
  }
  if (records.length < limit && (cell !== '' || cells.length > 0)) endRecord();
  return { records, problem: null };
}

/** Line breaks (LF, or CR not followed by LF) in `text` between `from` and `to`. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++)
    if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) n++;
  return n;
}
