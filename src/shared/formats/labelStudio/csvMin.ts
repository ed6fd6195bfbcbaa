import { setOwn } from '../../collections';
import { tableRecords, isMinRegions } from '../common';
import type { ErrorCollector } from '../common';

/** The columns Label Studio's CSV export always writes (its JSON-MIN's annotation fields). */
const ANNOTATION_COLUMNS = ['annotation_id', 'annotator', 'created_at', 'updated_at', 'lead_time'];

/**
 * Whether a file is Label Studio's CSV export: a comma-separated header naming every
 * annotation column Label Studio writes (`annotation_id`, `annotator`, `created_at`,
 * `updated_at`, `lead_time`).
 * @example isLabelStudioCsv('"annotation_id","annotator","created_at","id","lead_time","label","text","updated_at"\n') === true
 */
export function isLabelStudioCsv(content: string): boolean {
  const [header] = tableRecords(content, ',', 1).records;
  return ANNOTATION_COLUMNS.every((name) => header?.cells.includes(name) === true);
}

/**
 * The rows of Label Studio's CSV export as its JSON-MIN records, and the line each starts on:
 * a cell holding a JSON list of regions (`[{"start": …, "end": …, "labels": […]}]`) as that
 * list, `id` as a number when it is one, an empty annotation cell as null, every other cell as
 * its text (CSV does not tell a number from a string). A broken table is an error with its line.
 * @example csvMinRecords('a.csv', '"annotation_id","annotator","created_at","id","lead_time","label","text","updated_at"\n3,"","",1,"","[{""start"": 0, ""end"": 3, ""text"": ""IBM"", ""labels"": [""ORG""]}]","IBM",""\n', errors).records[0].label → [{ start: 0, end: 3, text: 'IBM', labels: ['ORG'] }]
 */
export function csvMinRecords(
  path: string,
  content: string,
  errors: ErrorCollector,
): { records: Record<string, unknown>[]; lines: number[] } {
  const table = tableRecords(content, ',');
  if (table.problem) errors.add(path, table.problem.line, table.problem.reason);
  const [header, ...rows] = table.records;
  const names = header?.cells ?? [];
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => setOwn(record, name, cellValue(name, row.cells[i] ?? '')));
    return record;
  });
  return { records, lines: rows.map((row) => row.line) };
}

function cellValue(name: string, cell: string): unknown {
  if (cell === '' && ANNOTATION_COLUMNS.includes(name)) return null;
  if ((name === 'id' || name === 'annotation_id') && /^\d+$/.test(cell)) return Number(cell);
  if (name === 'lead_time' && cell !== '' && Number.isFinite(Number(cell))) return Number(cell);
  if (!cell.startsWith('[')) return cell;
  try {
    const value: unknown = JSON.parse(cell);
    return isMinRegions(value) ? value : cell;
  } catch {
    return cell;
  }
}
