import type { z } from 'zod';
import { isRecord } from '../../shared/collections';
import { zodProblems } from '../../shared/formats';
import { FORMAT_VERSION, keepProtoFields } from '../../shared/model';
import { parseJsonText } from './jsonErrorLine';
import { StoreError } from './storeError';

/**
 * The object a stored JSON file (`loupe.json`, a layer, an entity, a document's meta) holds;
 * a StoreError naming `file` and what it holds instead when it is not one.
 */
export function storedRecord(json: unknown, file: string): Record<string, unknown> {
  if (isRecord(json)) return json;
  throw new StoreError(
    file,
    `holds ${jsonKindOf(json)}, not the JSON object Loupe writes: restore it from a copy or from the project's history`,
    'invalid',
  );
}

/** Refuses a stored file's `formatVersion` unless it is one of `reads`, naming `file`. */
export function checkStoredVersion(version: unknown, file: string, reads: readonly number[]): void {
  if (typeof version === 'number' && reads.includes(version)) return;
  const readable = reads.join(' and ');
  throw new StoreError(
    file,
    version === undefined
      ? `has no formatVersion (this Loupe reads ${readable}): it is not a file Loupe wrote, or was cut short`
      : `unknown format version ${JSON.stringify(version)} (this Loupe reads ${readable})`,
    'version',
  );
}

/**
 * The first schema violation, its path as a person reads it.
 * @example schemaReason(error) === 'spans[0].start: expected number, received string'
 */
export function schemaReason(error: z.ZodError): string {
  return zodProblems(error)[0]?.reason ?? 'invalid';
}

/** A StoreError for a stored value that fails its schema, naming `file` and the first violation. */
export function schemaError(file: string, error: z.ZodError): StoreError {
  return new StoreError(file, `does not match the schema: ${schemaReason(error)}`, 'invalid');
}

/** Parses and validates a stored JSON file's text, naming the file, line and reason on failure. */
export function parseStoredJson<T>(
  raw: string,
  schema: z.ZodType<T>,
  file: string,
  reads: readonly number[] = [FORMAT_VERSION],
): T {
  const json = storedRecord(parseJsonText(raw, file), file);
  checkStoredVersion(json.formatVersion, file, reads);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw schemaError(file, parsed.error);
  return keepProtoFields(json, parsed.data);
}

/** What a JSON value is, for a message: "a JSON array", "a JSON string", "null". */
function jsonKindOf(json: unknown): string {
  if (json === null) return 'null';
  return Array.isArray(json) ? 'a JSON array' : `a JSON ${typeof json}`;
}
