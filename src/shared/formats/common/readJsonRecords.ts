import type { ErrorCollector } from './errorCollector';
import { parseJson } from './parseJson';
import type { JsonObjectLine } from './readJsonLines';
import { readJsonObjects } from './readJsonLines';
import { splitLines, stripByteOrderMark } from './splitLines';
import { arrayElements, topLevelValues } from './topLevelValues';
import { trainingPairRecord } from './trainingPair';

/**
 * The JSON objects of a file that tools call JSON Lines but write in three ways: one object
 * per line; one JSON array of objects (or one object), pretty-printed or on one line; or pretty-printed objects one after
 * another (doccano's relation export example); spaCy v2 training pairs `[text, {entities}]`
 * are read as spans records ({@link trainingPairRecord}). Each record carries the line it starts on.
 * A line that is not JSON is an error on its line, as in plain JSON Lines.
 * @example readJsonRecords('a.jsonl', '[{"text":"x"},\n{"text":"y"}]', errors) → records on lines 1 and 2
 */
export function readJsonRecords(
  file: string,
  content: string,
  errors: ErrorCollector,
): JsonObjectLine[] {
  const src = stripByteOrderMark(content);
  const lines = splitLines(src).filter((l) => l.text.trim() !== '');
  const first = src.trimStart()[0];
  // One line holding an array is a compact JSON file (Label Studio's export API writes one).
  const oneArray = lines.length === 1 && first === '[';
  if (!oneArray && lines.every((l) => parses(l.text)))
    return readJsonObjects(file, content, errors);
  if (first === '[') return arrayRecords(file, src, errors);
  const pieces = topLevelValues(src).map((v) => ({
    text: src.slice(v.start, v.end),
    line: v.line,
  }));
  if (first === '{' && pieces.length > 0 && pieces.every((p) => parses(p.text)))
    return pieces.flatMap((p) => objectsOf(file, p.line, parsedJson(p.text), errors));
  return readJsonObjects(file, content, errors);
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function arrayRecords(file: string, src: string, errors: ErrorCollector): JsonObjectLine[] {
  const value = parseJson(file, src, errors);
  if (!Array.isArray(value)) return value === undefined ? [] : objectsOf(file, 1, value, errors);
  const starts = arrayElements(src);
  return value.flatMap((item: unknown, i) => objectsOf(file, starts[i]?.line ?? 1, item, errors));
}

function objectsOf(
  file: string,
  line: number,
  value: unknown,
  errors: ErrorCollector,
): JsonObjectLine[] {
  const pair = trainingPairRecord(value);
  if (pair) return [{ line, record: pair }];
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return [{ line, record: value as Record<string, unknown> }];
  errors.add(file, line, 'expected a JSON object (a record)');
  return [];
}

/** JSON text already known to parse, as an untyped value. */
function parsedJson(text: string): unknown {
  return JSON.parse(text);
}
