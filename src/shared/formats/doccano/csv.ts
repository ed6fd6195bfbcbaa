import { tableRecords } from '../common';
import type { ErrorCollector, JsonObjectLine } from '../common';

/** The columns doccano's CSV export names its text and its labels. */
const TEXT_COLUMN = 'text';
const LABEL_COLUMN = 'label';

/** The cells of a CSV header line, without their quotes. */
function headerOf(content: string): string[] {
  return (tableRecords(content, ',', 1).records[0]?.cells ?? []).map((c) => c.trim());
}

/**
 * Whether a CSV file is doccano's CSV export (text classification or sequence to sequence):
 * its header names a `text` and a `label` column (`id` and `Comments` may come with them).
 * @example isDoccanoCsv('text,label\n"Great price.","positive"\n') === true
 */
export function isDoccanoCsv(content: string): boolean {
  const names = headerOf(content);
  return names.includes(TEXT_COLUMN) && names.includes(LABEL_COLUMN);
}

/**
 * The rows of doccano's CSV export as records: each column a key, the `label` cell split at
 * `#` into the labels doccano joined there (its `JoinedCategoryFormatter`; an empty cell, no
 * label). A row with another number of cells than the header is an error on its line.
 * @example csvRecords('a.csv', 'text,label\nGreat price.,positive#good\n', errors) → [{ line: 2, record: { text: 'Great price.', label: ['positive', 'good'] } }]
 */
export function csvRecords(
  file: string,
  content: string,
  errors: ErrorCollector,
): JsonObjectLine[] {
  const table = tableRecords(content, ',');
  if (table.problem) errors.add(file, table.problem.line, table.problem.reason);
  const [header, ...rows] = table.records;
  if (!header) return [];
  const names = header.cells.map((c) => c.trim());
  const records: JsonObjectLine[] = [];
  for (const { line, cells } of rows) {
    if (cells.length !== names.length) {
      errors.add(
        file,
        line,
        `has ${cells.length} cells where the header (${names.join(', ')}) names ${names.length}; a cell holding a comma or a line break must be in double quotes`,
      );
      continue;
    }
    const record: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const cell = cells[i] ?? '';
      record[name] = name === LABEL_COLUMN ? (cell === '' ? [] : cell.split('#')) : cell;
    });
    records.push({ line, record });
  }
  return records;
}
