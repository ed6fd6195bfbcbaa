import { errorMessage } from '../../shared/errors';
import { jsonDepth, MAX_JSON_DEPTH } from '../../shared/formats';
import { decodeUtf8, invalidUtf8Line } from './decodeUtf8';
import { StoreError } from './storeError';

/** The 1-based line of a JSON.parse error, from the position or line V8 reports. */
export function jsonErrorLine(raw: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return raw.slice(0, Number(position[1])).split('\n').length;
  if (/Unexpected end/.test(message)) return raw.split('\n').length;
  return undefined;
}

/**
 * Parses a project file's JSON text; a syntax error, or a value nested deeper than Loupe reads
 * (checked without recursion, before a schema or a writer would overflow the stack on it), is
 * a StoreError naming the file and line.
 */
export function parseJsonText(raw: string, label: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const message = errorMessage(error);
    throw new StoreError(
      label,
      `not valid JSON (${message})`,
      'corrupt',
      jsonErrorLine(raw, message),
    );
  }
  if (jsonDepth(json) > MAX_JSON_DEPTH) throw tooDeepError(label);
  return json;
}

/** The refusal of a project file (or a journal record) nested deeper than any file of Loupe's. */
export function tooDeepError(label: string, line?: number): StoreError {
  return new StoreError(
    label,
    `holds a value nested over ${MAX_JSON_DEPTH} arrays or objects deep, which no file of Loupe's holds: the file is damaged or crafted; restore it from git or a backup`,
    'corrupt',
    line,
  );
}

/**
 * The text of a project JSON file's bytes, decoded strictly: a UTF-8 byte-order mark (what some
 * editors on Windows add) is skipped; UTF-16 and bytes that are no UTF-8 are refused naming the
 * file and line, never replaced with U+FFFD (a label or a name read that way would be written
 * back changed).
 */
export function jsonTextOf(bytes: Uint8Array, label: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff))
    throw new StoreError(
      label,
      'is UTF-16 text; Loupe reads its files as UTF-8: save it as UTF-8 (or restore it from git)',
      'corrupt',
    );
  const text = decodeUtf8(body);
  if (text === null)
    throw new StoreError(
      label,
      'is not valid UTF-8 (Loupe would have to change those bytes to read it): save it as UTF-8, or restore it from git',
      'corrupt',
      invalidUtf8Line(body),
    );
  return text;
}
