import type { ErrorCollector } from './errorCollector';
import { parseJson } from './parseJson';
import { splitLines } from './splitLines';
import { trainingPairRecord } from './trainingPair';

/** One parsed JSONL record and the line it came from. */
export interface JsonLine {
  readonly line: number;
  readonly value: unknown;
}

/**
 * Parses a JSON Lines file: one JSON value per line, blank lines skipped. Syntax errors
 * go to `errors` with their line; the good lines are still returned.
 * @example readJsonLines('a.jsonl', '{"text":"x"}\n\n{"text"', errors) → [{ line: 1, value: {text:'x'} }] and an error on line 3
 */
export function readJsonLines(file: string, content: string, errors: ErrorCollector): JsonLine[] {
  const records: JsonLine[] = [];
  for (const { line, text } of splitLines(content)) {
    if (text.trim() === '') continue;
    const before = errors.count;
    const value = parseJson(file, text, errors, line);
    if (errors.count === before) records.push({ line, value });
  }
  return records;
}

/** One JSONL record that is a JSON object, and the line it came from. */
export interface JsonObjectLine {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

/**
 * Like readJsonLines, for formats with one JSON object per line (a spaCy v2 training pair
 * `[text, {entities}]` is read as its spans record, {@link trainingPairRecord}): any other value is an
 * error on its line ("expected a JSON object per line") and is left out.
 * @example readJsonObjects('a.jsonl', '{"text":"x"}\n[1]', errors) → [{ line: 1, record: {text:'x'} }] and an error on line 2
 */
export function readJsonObjects(
  file: string,
  content: string,
  errors: ErrorCollector,
): JsonObjectLine[] {
  const records: JsonObjectLine[] = [];
  for (const { line, value } of readJsonLines(file, content, errors)) {
    const pair = trainingPairRecord(value);
    if (pair) {
      records.push({ line, record: pair });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.add(file, line, 'expected a JSON object per line');
      continue;
    }
    records.push({ line, record: value as Record<string, unknown> });
  }
  return records;
}
