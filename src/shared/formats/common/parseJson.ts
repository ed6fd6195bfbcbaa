import type { ErrorCollector } from './errorCollector';
import { scanJson } from './jsonScan';
import { lineAt } from './lineAt';
import { stripByteOrderMark } from './splitLines';

/**
 * Parses one JSON text; on a syntax error adds `file:line: reason` to `errors` and
 * returns undefined. `firstLine` is the line the text starts on (JSONL records).
 * @example parseJson('a.json', '{"a": }', errors) → undefined, errors: 'a.json:1: unexpected '}'; expected a JSON value'
 */
export function parseJson(
  file: string,
  content: string,
  errors: ErrorCollector,
  firstLine = 1,
): unknown {
  const src = stripByteOrderMark(content);
  try {
    return JSON.parse(src) as unknown;
  } catch (error) {
    const problem = scanJson(src);
    if (!problem) {
      errors.add(file, firstLine, `not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
    errors.add(
      file,
      firstLine + lineAt(src, problem.offset) - 1,
      `not valid JSON: ${problem.reason}`,
    );
    return undefined;
  }
}
