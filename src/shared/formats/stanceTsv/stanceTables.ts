import { getOwn } from '../../collections';
import { columnsOfNames, ID_NAMES } from './header';
import { labelOfPolarity } from './stanceLabels';
import type { StanceRow, StanceTable } from './stanceRow';
import type { Tally } from '../common';

/** Loupe's stance TSV columns, SemEval-2016 Task 6's four first. */
export const STANCE_TSV_HEADER = ['ID', 'Target', 'Tweet', 'Stance', 'Holder', 'Document'] as const;
/** The four columns SemEval-2016 Task 6's eval.pl reads, and the header line it skips. */
export const SEMEVAL_HEADER = ['ID', 'Target', 'Tweet', 'Stance'] as const;
/** The stance labels eval.pl accepts (case sensitive). */
const SEMEVAL_LABELS: ReadonlySet<string> = new Set(['FAVOR', 'AGAINST', 'NONE']);

/** The table as it was read, when every row is the only stance of a document read from tables of one header and delimiter. */
export function sameTable(rows: readonly StanceRow[], tally: Tally): StanceTable | null {
  const first = rows[0]?.kept;
  if (!first || first.header.length === 0) return null;
  const { header, delimiter } = first;
  const same = rows.every(
    (r) =>
      r.only &&
      r.kept?.delimiter === delimiter &&
      r.kept.header.length === header.length &&
      r.kept.header.every((h, i) => h === header[i]),
  );
  const columns = same ? columnsOfNames(header, delimiter) : null;
  if (!columns) return null;
  const { labels } = columns;
  const stanceCell = (polarity: string) => {
    if (!labels) return polarity;
    const label = labelOfPolarity(polarity, labels);
    if (label === null)
      tally.add(`stance without a ${labels.dataset} label number, written as its name`);
    return label ?? polarity;
  };
  return {
    header,
    delimiter,
    // The table keeps its line break (Python's csv module writes CRLF, pandas LF; SemEval's
    // full release ships CRLF) and, when its last row ended the file without one, that too.
    lineBreak: first.lineBreak,
    ...(rows.at(-1)?.kept?.openEnd === true ? { openEnd: true } : {}),
    rows: rows.map((row) =>
      header.map((name, i) =>
        i === columns.target
          ? row.target
          : i === columns.text
            ? (row.whole ?? row.text)
            : i === columns.stance
              ? stanceCell(row.polarity)
              : (getOwn(row.kept?.cells ?? {}, name) ?? ''),
      ),
    ),
  };
}

/** Loupe's columns, then every other column the rows' tables had, in the order first met. */
export function loupeTable(rows: readonly StanceRow[]): StanceTable {
  const own = new Set(STANCE_TSV_HEADER.map((h) => h.toLowerCase()));
  const extra: string[] = [];
  for (const row of rows)
    for (const name of Object.keys(row.only ? (row.kept?.cells ?? {}) : {}))
      if (!own.has(name.trim().toLowerCase()) && !extra.includes(name)) extra.push(name);
  const id = idMaker(rows);
  return {
    header: [...STANCE_TSV_HEADER, ...extra],
    delimiter: '\t',
    lineBreak: '\n',
    rows: rows.map((row) => [
      id(row),
      row.target,
      row.text,
      row.polarity,
      row.holder || (row.only ? keptCell(row, 'Holder') : ''),
      (row.only ? keptCell(row, 'Document') : '') || row.document,
      ...extra.map((name) => (row.only ? (getOwn(row.kept?.cells ?? {}, name) ?? '') : '')),
    ]),
  };
}

/**
 * Exactly SemEval-2016 Task 6's `ID Target Tweet Stance`, as its eval.pl reads a gold or guess
 * file: four tab-separated cells a line, the header line first; a document read from a table
 * writes its whole text as Tweet. Labels other than FAVOR, AGAINST and NONE are counted.
 */
export function semevalTable(rows: readonly StanceRow[], tally: Tally): StanceTable {
  const id = idMaker(rows);
  for (const row of rows)
    if (!SEMEVAL_LABELS.has(row.polarity))
      tally.add('stance label eval.pl does not accept (FAVOR, AGAINST, NONE)');
  return {
    header: SEMEVAL_HEADER,
    delimiter: '\t',
    lineBreak: '\n',
    rows: rows.map((row) => [id(row), row.target, row.whole ?? row.text, row.polarity]),
  };
}

/** Row ids: a document's kept ID where it has one of its own, else fresh numbers no kept ID uses. */
function idMaker(rows: readonly StanceRow[]): (row: StanceRow) => string {
  const keptIds = new Set(rows.flatMap((r) => (r.only && keptId(r) ? [keptId(r)] : [])));
  let next = 0;
  const used = new Set<string>();
  return (row) => {
    let id = row.only ? keptId(row) : '';
    if (id === '' || used.has(id)) {
      do next++;
      while (keptIds.has(String(next)) || used.has(String(next)));
      id = String(next);
    }
    used.add(id);
    return id;
  };
}

/** The id a row's table gave it: its `ID` cell, or VAST's `new_id`. */
function keptId(row: StanceRow): string {
  return ID_NAMES.map((name) => keptCell(row, name)).find((id) => id !== '') ?? '';
}

/** A kept cell of a row's document by column name, in any case. */
function keptCell(row: StanceRow, name: string): string {
  const cells = row.kept?.cells ?? {};
  const key = Object.keys(cells).find((k) => k.trim().toLowerCase() === name.toLowerCase());
  return key === undefined ? '' : (cells[key] ?? '').trim();
}
