import { jsonDepth, MAX_JSON_DEPTH } from './jsonDepth';
import type { JsonPathKey } from './jsonScan';
import { formatPath } from './zodProblems';

/** A field nested too deep to read: its path in the file's value, and why it is refused. */
export interface DeepField {
  readonly path: readonly JsonPathKey[];
  readonly reason: string;
}

/**
 * The first field of a record nested over {@link MAX_JSON_DEPTH} arrays or objects deep (a
 * damaged file, 100 000 deep), counted without recursion; null when none is. `at` is where the
 * record sits in its file's value, for the path.
 * @example deepField({ text: 'a', x: nested(600) }, [3])?.reason → '[3].x: nests arrays and objects over 512 deep, …'
 */
export function deepField(
  record: Readonly<Record<string, unknown>>,
  at: readonly JsonPathKey[] = [],
): DeepField | null {
  const key = Object.keys(record).find((k) => jsonDepth(record[k]) > MAX_JSON_DEPTH);
  if (key === undefined) return null;
  const path = [...at, key];
  return {
    path,
    reason: `${formatPath(path)}: nests arrays and objects over ${MAX_JSON_DEPTH} deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that field`,
  };
}
