import type { ErrorCollector } from './errorCollector';
import { MAX_JSON_DEPTH } from './jsonDepth';
import { scanJson } from './jsonScan';
import type { JsonProblem } from './jsonScan';
import { lineAt } from './lineAt';
import { stripByteOrderMark } from './splitLines';
import { errorMessage } from '../../errors';

/**
 * Parses one JSON text; on a syntax error, or nesting past {@link MAX_JSON_DEPTH} that JSON.parse
 * cannot take, adds `file:line: reason` to `errors` and returns undefined. `firstLine` is the line the text starts on (JSONL records).
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
    const syntax = scanJson(src);
    const problem = syntax
      ? { ...syntax, reason: `not valid JSON: ${syntax.reason}` }
      : tooDeepAt(src);
    if (!problem) {
      errors.add(file, firstLine, unparsed(error));
      return undefined;
    }
    errors.add(file, firstLine + lineAt(src, problem.offset) - 1, problem.reason);
    return undefined;
  }
}

/**
 * Where valid JSON that JSON.parse still refused nests past {@link MAX_JSON_DEPTH} (an engine
 * whose parser recurses overflows its stack there), found without recursion; null elsewhere.
 */
function tooDeepAt(src: string): JsonProblem | null {
  let offset: number | null = null;
  scanJson(src, (path, at) => {
    if (path.length > MAX_JSON_DEPTH) offset = at;
    return offset !== null;
  });
  return offset === null
    ? null
    : {
        offset,
        reason: `nests arrays and objects over ${MAX_JSON_DEPTH} deep, which Loupe cannot read (annotation formats nest a few levels); the file is damaged: mend or remove that value`,
      };
}

/** Why valid JSON was refused otherwise: an engine's stack or memory ran out, said so rather than as its own words. */
function unparsed(error: unknown): string {
  return error instanceof RangeError
    ? 'is too large or nested too deep for Loupe to read; the file is damaged, or split it into smaller files'
    : `not valid JSON: ${errorMessage(error)}`;
}

/**
 * The value of a JSON text, or null when it is not JSON (for texts that may or may not be: a
 * quoted name, a value an infon holds).
 * @example jsonOrNull('"PER"') → 'PER'; jsonOrNull('PER') → null
 */
export function jsonOrNull(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return null;
  }
}
