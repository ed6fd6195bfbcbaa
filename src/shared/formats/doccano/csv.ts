import { setOwn } from '../../collections';
import { tableRecords } from '../common';
import type { ErrorCollector, JsonObjectLine } from '../common';

/** The columns doccano's CSV export names its text and its labels, then the ones of its import examples. */
const TEXT_COLUMNS = ['text', 'column_data'] as const;
const LABEL_COLUMNS = ['label', 'column_label'] as const;

/** The columns holding the text and the labels, when not doccano's own (its import's `column_data` and `column_label`). */
export interface DoccanoColumns {
  readonly textColumn?: string;
  readonly labelColumn?: string;
}

/** The cells of a CSV header line, without their quotes. */
function headerOf(content: string): string[] {
  return (tableRecords(content, ',', 1).records[0]?.cells ?? []).map((c) => c.trim());
}

/**
 * Whether a CSV file is doccano's CSV export (text classification or sequence to sequence), or
 * a file in the form its import shows: its header names a `text` (or `column_data`) and a
 * `label` (or `column_label`) column (`id` and `Comments` may come with them), or the
 * columns `columns` names.
 * @example isDoccanoCsv('text,label\n"Great price.","positive"\n') === true
 * @example isDoccanoCsv('sentence,sentiment\nFine.,positive\n', { textColumn: 'sentence' }) === true
 */
export function isDoccanoCsv(content: string, columns: DoccanoColumns = {}): boolean {
  const names = headerOf(content);
  const { textColumn, labelColumn } = columns;
  return (
    (textColumn === undefined
      ? TEXT_COLUMNS.some((n) => names.includes(n))
      : names.includes(textColumn)) &&
    (labelColumn === undefined
      ? textColumn !== undefined || LABEL_COLUMNS.some((n) => names.includes(n))
      : names.includes(labelColumn))
  );
}

/** The rows read, the lines of the rows left out for their empty text, and which columns held the text and labels. */
export interface CsvRows {
  readonly records: JsonObjectLine[];
  readonly emptyLines: number[];
  readonly textColumn: string;
  readonly labelColumn: string;
  /** Whether the header names the label column (without one, the texts come without categories). */
  readonly hasLabels: boolean;
}

/**
 * The rows of doccano's CSV export as records: the text column's cell under `text`, the label
 * column's under `label`, split at `#` into the labels doccano joined there (its
 * `JoinedCategoryFormatter`; an empty cell, no label), every other column under its name. The
 * columns are `columns`' (doccano's import options `column_data`, `column_label`), else `text`
 * or `column_data` and `label` or `column_label`. A row with an empty text is left out, as
 * doccano's import leaves it out ("The empty text is not allowed"), its line listed in
 * `emptyLines`. A header without the text column, or without a label column named in
 * `columns`, is an error naming its columns; a row with another number of cells than the
 * header is an error on its line.
 * @example csvRecords('a.csv', 'text,label\nGreat price.,positive#good\n', errors).records → [{ line: 2, record: { text: 'Great price.', label: ['positive', 'good'] } }]
 */
export function csvRecords(
  file: string,
  content: string,
  errors: ErrorCollector,
  columns: DoccanoColumns = {},
): CsvRows {
  const table = tableRecords(content, ',');
  if (table.problem) errors.add(file, table.problem.line, table.problem.reason);
  const [header, ...rows] = table.records;
  const names = header ? header.cells.map((c) => c.trim()) : [];
  const textColumn = columns.textColumn ?? TEXT_COLUMNS.find((n) => names.includes(n)) ?? 'text';
  const labelColumn =
    columns.labelColumn ?? LABEL_COLUMNS.find((n) => names.includes(n)) ?? 'label';
  const hasLabels = names.includes(labelColumn);
  const read: CsvRows = { records: [], emptyLines: [], textColumn, labelColumn, hasLabels };
  if (!header) return read;
  const missing = columnProblem(names, textColumn, labelColumn, columns);
  if (missing) {
    errors.add(file, header.line, missing);
    return read;
  }
  const textAt = names.indexOf(textColumn);
  for (const { line, cells } of rows) {
    if (cells.length !== names.length) {
      errors.add(
        file,
        line,
        `has ${cells.length} cells where the header (${names.join(', ')}) names ${names.length}; a cell holding a comma or a line break must be in double quotes`,
      );
      continue;
    }
    if (cells[textAt] === '') {
      read.emptyLines.push(line);
      continue;
    }
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const cell = cells[i] ?? '';
      if (name === labelColumn) record.label = cell === '' ? [] : cell.split('#');
      else setOwn(record, name === textColumn ? 'text' : name, cell);
    });
    read.records.push({ line, record });
  }
  return read;
}

/** Why the header does not do: no text column, no label column named, or a column of a name the text or labels are read under. */
function columnProblem(
  names: readonly string[],
  textColumn: string,
  labelColumn: string,
  columns: DoccanoColumns,
): string | null {
  const listed = `its header names ${names.map((n) => JSON.stringify(n)).join(', ')}`;
  if (!names.includes(textColumn))
    return `has no text column ${JSON.stringify(textColumn)}: ${listed}; name the column holding the text with --text-column NAME (doccano's column_data), and the one holding the labels with --label-column NAME (its column_label)`;
  if (columns.labelColumn !== undefined && !names.includes(labelColumn))
    return `has no label column ${JSON.stringify(labelColumn)}: ${listed}; name the column holding the labels with --label-column NAME (doccano's column_label)`;
  const taken = names.find(
    (n) =>
      (n === 'text' && textColumn !== 'text') ||
      (n === 'label' && labelColumn !== 'label' && names.includes(labelColumn)),
  );
  if (taken !== undefined)
    return `has a column ${JSON.stringify(taken)} beside the ${taken} column ${JSON.stringify(taken === 'text' ? textColumn : labelColumn)}; rename one of them`;
  return null;
}
