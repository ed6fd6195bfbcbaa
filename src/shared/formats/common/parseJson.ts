import type { ErrorCollector } from './errorCollector';
import { scanJson } from './jsonScan';
import { lineAt } from './lineAt';
import { stripByteOrderMark } from './splitLines';
import { errorMessage } from '../../errors';

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
    const value: unknown = JSON.parse(src);
    return value;
  } catch (error) {
    const problem = scanJson(src);
    if (!problem) {
      errors.add(file, firstLine, `not valid JSON: ${errorMessage(error)}`);
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
