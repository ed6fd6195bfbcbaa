/**
 * Whether a value read from outside (JSON, a message) is an object of named fields: not null,
 * not an array. Its fields are still unknown: check each one before use.
 * @example isRecord({ a: 1 }) === true; isRecord([1]) === false; isRecord(null) === false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
