import type { KeptStanceRow } from './keptStanceTsv';

/** One stance's row before the header is chosen: the modelled cells and the document's kept row. */
export interface StanceRow {
  readonly target: string;
  readonly text: string;
  readonly polarity: string;
  readonly holder: string;
  readonly document: string;
  /** The document's whole text when the evidence is all of it but surrounding spaces (a table's row). */
  readonly whole: string | null;
  readonly kept: KeptStanceRow | null;
  /** Whether the row is its document's only stance, so the document's kept cells are its own. */
  readonly only: boolean;
}

/** A table to write: its header and rows of cells, the delimiter and line break between them. */
export interface StanceTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: '\t' | ',';
  readonly lineBreak: '\n' | '\r\n';
  /** No line break after the last row (the table as it was read, whose last row ended its file so). */
  readonly openEnd?: boolean;
}

/**
 * The rows in the order of the tables they were read from (file, then row), the others after
 * them in document order: a table goes back in its own row order, not by document name.
 * @example inSourceOrder([rowOf('b.csv', 2), rowOf('a.csv', 9), rowOf('b.csv', 1)]) → a.csv 9, b.csv 1, b.csv 2
 */
export function inSourceOrder(rows: readonly StanceRow[]): StanceRow[] {
  const placed = (r: StanceRow) => r.kept !== null && r.kept.row > 0;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const pa = placed(a.row);
      const pb = placed(b.row);
      if (pa !== pb) return pa ? -1 : 1;
      if (!pa || !a.row.kept || !b.row.kept) return a.i - b.i;
      const file = a.row.kept.file.localeCompare(b.row.kept.file);
      return file !== 0 ? file : a.row.kept.row - b.row.kept.row || a.i - b.i;
    })
    .map(({ row }) => row);
}
