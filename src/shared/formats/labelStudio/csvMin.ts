import { setOwn } from '../../collections';
import { extensionOf, isLabelledRegions, MIN_ANNOTATION_KEYS, tableRecords } from '../common';
import type { ErrorCollector, TableDelimiter } from '../common';

/** The columns Label Studio's CSV and TSV exports always write (its JSON-MIN's annotation fields). */
const ANNOTATION_COLUMNS = MIN_ANNOTATION_KEYS;

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
 * `1e3`), so that no cell's text changes. An empty cell of a column of regions is left out (the
 * row had none). Every other cell is its text. A broken table is an error with its line.
 * @example csvMinRecords('a.csv', '"annotation_id","annotator","created_at","id","lead_time","label","text","updated_at"\n3,"","",1,"","[{""start"": 0, ""end"": 3, ""text"": ""IBM"", ""labels"": [""ORG""]}]","IBM",""\n', errors).records[0].label → [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }]
 */
export function csvMinRecords(
  path: string,
  content: string,
  errors: ErrorCollector,
  delimiter: TableDelimiter = ',',
): { records: Record<string, unknown>[]; lines: number[] } {
  const table = tableRecords(content, delimiter, Infinity, true);
  if (table.problem) errors.add(path, table.problem.line, table.problem.reason);
  const [header, ...rows] = table.records;
  const names = header?.cells ?? [];
  const columns = names.map((_, i) => rows.map((row) => row.cells[i] ?? ''));
  const numeric = names.map((name, i) => isNumberColumn(name, columns[i] ?? []));
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const cell = row.cells[i] ?? '';
      if (cell === '' && isRegionColumn(name, columns[i] ?? [])) return;
      setOwn(record, name, numeric[i] && cell !== '' ? Number(cell) : cellValue(name, cell));
    });
    return record;
  });
  return { records, lines: rows.map((row) => row.line) };
}

/** Whether a data column holds numbers only (empty cells aside), each written as JavaScript writes it; `text`, Label Studio's text field, stays text. */
function isNumberColumn(name: string, cells: readonly string[]): boolean {
  if (name === 'id' || name === 'text' || ANNOTATION_COLUMNS.includes(name)) return false;
  const filled = cells.filter((cell) => cell !== '');
  return (
    filled.length > 0 &&
    filled.every((cell) => Number.isFinite(Number(cell)) && String(Number(cell)) === cell)
  );
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
