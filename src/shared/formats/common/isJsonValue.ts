import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';

/** A JSON value, as metadata holds it. */
export type JsonValue = DocumentMetadata[string];

/**
 * Whether a value is JSON (what `JSON.parse` gives): kept fields are checked so, not cast.
 * @example isJsonValue({ a: [1, 'b', null] }) === true && isJsonValue(undefined) === false
 */
export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isRecord(value) && Object.values(value).every(isJsonValue);
}
