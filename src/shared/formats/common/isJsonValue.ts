import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { MAX_JSON_DEPTH } from './jsonDepth';

/** A JSON value, as metadata holds it. */
export type JsonValue = DocumentMetadata[string];

/**
 * Whether a value is JSON (what `JSON.parse` gives) nested at most {@link MAX_JSON_DEPTH} deep:
 * kept fields are checked so, not cast.
 * @example isJsonValue({ a: [1, 'b', null] }) === true && isJsonValue(undefined) === false
 */
export function isJsonValue(value: unknown): value is JsonValue {
  return isJsonWithin(value, MAX_JSON_DEPTH);
}

/** Deeper than `depth` is not: a value nested 100 000 deep would overflow the stack here and in JSON.stringify. */
function isJsonWithin(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth === 0) return false;
  if (Array.isArray(value)) return value.every((item) => isJsonWithin(item, depth - 1));
  return isRecord(value) && Object.values(value).every((item) => isJsonWithin(item, depth - 1));
}
