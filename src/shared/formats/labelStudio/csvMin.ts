import { setOwn } from '../../collections';
import { extensionOf, isLabelledRegions, MIN_ANNOTATION_KEYS, tableRecords } from '../common';
import type { ErrorCollector, TableDelimiter } from '../common';
import { isMinChoiceObject } from './minChoices';

/** The columns Label Studio's CSV and TSV exports always write (its JSON-MIN's annotation fields). */
const ANNOTATION_COLUMNS = MIN_ANNOTATION_KEYS;

/**
 * The cells pandas' `read_csv`, which Label Studio's CSV and TSV import calls, reads as missing
 * (its default `na_values`, pandas' STR_NA_VALUES: the same in pandas 2.2 to 3.0, quoted or
 * not); Label Studio then fills them with "" (`fillna('')`, label_studio/data_import/models.py),
 * in every column. They do not stop a column being read as numbers or booleans.
 */
const MISSING: ReadonlySet<string> = new Set(
  '#N/A,#N/A N/A,#NA,-1.#IND,-1.#QNAN,-NaN,-nan,1.#IND,1.#QNAN,<NA>,N/A,NA,NULL,NaN,None,n/a,nan,null'
    .split(',')
    .concat(''),
);

/** The cells `read_csv` reads as booleans (its default true and false values); Label Studio's CSV export writes Python's `True` and `False`. */
const BOOLEANS: ReadonlyMap<string, boolean> = new Map(
  ['True', 'TRUE', 'true', 'False', 'FALSE', 'false'].map((word, i) => [word, i < 3]),
);

type ColumnKind = 'number' | 'boolean' | 'text';

/**
 * A table export read: its records, the line each starts on, each row's cells whose text is not
 * the value read, and the cells of a choices column that are not JSON (see {@link csvMinRecords}).
 */
export interface TableRead {
  readonly records: Record<string, unknown>[];
  readonly lines: number[];
  readonly cells: Record<string, string>[];
  readonly problems: { row: number; key: string; reason: string }[];
}

/**
 * The delimiter of Label Studio's table export by its file name: a comma for `.csv`, a tab for
 * `.tsv` (both written by Python's csv module, with its quotes); null for another file.
 * @example labelStudioTableDelimiter('result.tsv') === '\t'
 */
export function labelStudioTableDelimiter(path: string): TableDelimiter | null {
  const extension = extensionOf(path);
  return extension === '.csv' ? ',' : extension === '.tsv' ? '\t' : null;
}

/**
 * Whether a file is Label Studio's CSV export (or, with a tab `delimiter`, its TSV export): a
 * header naming every annotation column Label Studio writes (`annotation_id`, `annotator`,
 * `created_at`, `updated_at`, `lead_time`).
 * @example isLabelStudioCsv('"annotation_id","annotator","created_at","id","lead_time","label","text","updated_at"\n') === true
 */
export function isLabelStudioCsv(content: string, delimiter: TableDelimiter = ','): boolean {
  const [header] = tableRecords(content.slice(0, 1 << 16), delimiter, 1, true).records;
  return ANNOTATION_COLUMNS.every((name) => header?.cells.includes(name) === true);
}

/**
 * The rows of Label Studio's CSV (or TSV) export as its JSON-MIN records, and the line each
 * starts on: a cell holding a JSON list of regions (`[{"start": …, "end": …, "labels": […]}]`)
 * as that list, `id` as a number when it is one, an empty annotation cell as null. A data
 * column whose every filled cell is a number is read as numbers, as Label Studio's own CSV
 * import (pandas' `read_csv`) reads such a column, so that `3` goes back to Label Studio as 3,
 * not "3"; only numbers written as JavaScript writes them back (`3`, `-2.5`, not `007` or
 * `1e3`), so that no cell's text changes. A column of `True` and `False` is read as booleans
 * likewise (`TRUE`, `false`… too); a data cell `read_csv` reads as missing (`NA`, `None`, …)
 * is "", as Label Studio reads it, and stops neither (see {@link columnKind}). Such a cell's
 * text, and a boolean's written otherwise than Python writes it (`True`, `False`), is kept by
 * row in `cells`: a JSON export writes the value, as Label Studio holds it, and says so. An empty cell of a column of regions is left
 * out (the row had none). A column of a choices control, one whose cell in some row is the JSON
 * of `{"choices": [...]}` (how Label Studio writes one), has its JSON cells read as that JSON
 * and the others as their text (a choice's name), an empty one left out; a cell there that
 * opens JSON and is none is listed in `problems`. Every other cell is its text. A broken table is an error with its line.
 * @example csvMinRecords('a.csv', '"annotation_id","annotator","created_at","id","lead_time","label","text","updated_at"\n3,"","",1,"","[{""start"": 0, ""end"": 3, ""text"": ""IBM"", ""labels"": [""ORG""]}]","IBM",""\n', errors).records[0].label → [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }]
 */
export function csvMinRecords(
  path: string,
  content: string,
  errors: ErrorCollector,
  delimiter: TableDelimiter = ',',
): TableRead {
  const table = tableRecords(content, delimiter, Infinity, true);
  if (table.problem) errors.add(path, table.problem.line, table.problem.reason);
  const [header, ...rows] = table.records;
  const names = header?.cells ?? [];
  const columns = names.map((_, i) => rows.map((row) => row.cells[i] ?? ''));
  const kinds = names.map((name, i) => columnKind(name, columns[i] ?? []));
  const regions = names.map((name, i) => isRegionColumn(name, columns[i] ?? []));
  const choices = names.map((name, i) => isDataColumn(name) && isChoiceColumn(columns[i] ?? []));
  const cells: Record<string, string>[] = [];
  const problems: TableRead['problems'] = [];
  const records = rows.map((row, r) => {
    const record: Record<string, unknown> = {};
    const texts: Record<string, string> = {};
    names.forEach((name, i) => {
      const cell = row.cells[i] ?? '';
      if (cell === '' && (regions[i] === true || choices[i] === true)) return;
      if (choices[i] === true) {
        const value = choiceCell(cell);
        if (value === undefined) problems.push({ row: r, key: name, reason: notJson(name, cell) });
        return setOwn(record, name, value ?? cell);
      }
      const kind = kinds[i] ?? 'text';
      const value = isDataColumn(name) && !regions[i] ? dataValue(kind, cell) : undefined;
      if (value !== undefined && cell !== pythonText(value)) setOwn(texts, name, cell);
      setOwn(record, name, value ?? cellValue(name, cell));
    });
    cells.push(texts);
    return record;
  });
  return { records, lines: rows.map((row) => row.line), cells, problems };
}

/** Whether a column holds a choices control: some cell is the JSON of `{"choices": …}`. */
function isChoiceColumn(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.startsWith('{') && isMinChoiceObject(parsed(cell)));
}

/** A choices column's cell: the JSON it holds when it opens JSON (undefined when it is none), else its text, a choice's name. */
function choiceCell(cell: string): unknown {
  return cell.startsWith('{') || cell.startsWith('[') ? parsed(cell) : cell;
}

function notJson(name: string, cell: string): string {
  const shown = cell.length > 60 ? `${cell.slice(0, 57)}...` : cell;
  return `${name} holds choices as JSON ({"choices": [names]}) in other rows, but here ${shown} is not JSON; correct the cell or pass --skip-invalid to leave the row out`;
}

/** The JSON a cell holds, or undefined when it is none. */
function parsed(cell: string): unknown {
  try {
    const value: unknown = JSON.parse(cell);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * The value Label Studio's CSV import reads from a cell `csvMinRecords` kept the text of: a
 * boolean for one of `read_csv`'s true and false words, else "" (a missing one).
 * @example tableCellValue('TRUE') === true && tableCellValue('NA') === ''
 */
export function tableCellValue(cell: string): boolean | string {
  return BOOLEANS.get(cell) ?? '';
}

/**
 * How Label Studio's CSV import (pandas' `read_csv`) reads a data column: numbers when every
 * cell but the missing ones is a number written as JavaScript writes it back (`3`, `-2.5`;
 * `007` or `1e3` would change, and stay text), booleans when every such cell is one of
 * `read_csv`'s true and false words, else text. `id`, the annotation columns and `text`, Label
 * Studio's text field, are read as their own.
 */
function columnKind(name: string, cells: readonly string[]): ColumnKind {
  if (!isDataColumn(name)) return 'text';
  const filled = cells.filter((cell) => !MISSING.has(cell));
  if (filled.length === 0) return 'text';
  if (filled.every((cell) => Number.isFinite(Number(cell)) && String(Number(cell)) === cell))
    return 'number';
  return filled.every((cell) => BOOLEANS.has(cell)) ? 'boolean' : 'text';
}

/** Whether a column is a field of the task's data Label Studio's import types: not `id`, `text` or an annotation column. */
function isDataColumn(name: string): boolean {
  return name !== 'id' && name !== 'text' && !ANNOTATION_COLUMNS.includes(name);
}

/** A data cell as Label Studio's import reads it: "" for a missing one, a number or boolean in such a column; undefined for text. */
function dataValue(kind: ColumnKind, cell: string): number | boolean | string | undefined {
  if (MISSING.has(cell)) return '';
  if (kind === 'text') return undefined;
  return kind === 'number' ? Number(cell) : BOOLEANS.get(cell);
}

/** How Label Studio's CSV export (Python's csv module) writes a value: a boolean as `True` or `False`. */
function pythonText(value: number | boolean | string): string {
  return typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
}

/** Whether a column holds a control's regions in some row: its empty cells are rows without any (the converter leaves the key out of their JSON-MIN). */
function isRegionColumn(name: string, cells: readonly string[]): boolean {
  return cells.some((cell) => isLabelledRegions(cellValue(name, cell)));
}

function cellValue(name: string, cell: string): unknown {
  if (cell === '' && ANNOTATION_COLUMNS.includes(name)) return null;
  if ((name === 'id' || name === 'annotation_id') && /^\d+$/.test(cell)) return Number(cell);
  if (name === 'lead_time' && cell !== '' && Number.isFinite(Number(cell))) return Number(cell);
  if (!cell.startsWith('[')) return cell;
  try {
    const value: unknown = JSON.parse(cell);
    return isLabelledRegions(value) ? value : cell;
  } catch {
    return cell;
  }
}
