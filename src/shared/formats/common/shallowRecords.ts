import { deepField } from './deepField';
import type { ErrorCollector } from './errorCollector';
import type { JsonObjectLine } from './readJsonLines';

/**
 * The records of a file holding no field nested too deep to read ({@link deepField}); each
 * other one is an error on its line, so a damaged field never reaches the project.
 * @example shallowRecords('a.jsonl', [{ line: 2, record: { text: 'a', x: nested(600) } }], errors) → [] and 'a.jsonl:2: x: nests arrays and objects over 512 deep, …'
 */
export function shallowRecords(
  file: string,
  records: readonly JsonObjectLine[],
  errors: ErrorCollector,
): JsonObjectLine[] {
  return records.filter(({ line, record }) => {
    const deep = deepField(record);
    if (deep !== null) errors.add(file, line, deep.reason);
    return deep === null;
  });
}
