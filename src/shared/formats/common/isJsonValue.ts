import type { DocumentMetadata } from '../../model';
import { isJsonData } from '../../model/isJsonData';
import { MAX_JSON_DEPTH } from './jsonDepth';

/** A JSON value, as metadata holds it. */
export type JsonValue = DocumentMetadata[string];

/**
 * Whether a value is JSON (what `JSON.parse` gives) nested at most {@link MAX_JSON_DEPTH} deep:
 * kept fields are checked so, not cast. Deeper is not: a value nested 100 000 deep would
 * overflow the stack in JSON.stringify.
 * @example isJsonValue({ a: [1, 'b', null] }) === true && isJsonValue(undefined) === false
 */
export function isJsonValue(value: unknown): value is JsonValue {
  return isJsonData(value, MAX_JSON_DEPTH);
}
