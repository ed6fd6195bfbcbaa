/**
 * Every kind of failure a contract call can meet. Transports carry the code unchanged, as
 * data; only the caller's own client turns it back into a thrown WorkbenchError.
 * @example isErrorCode('conflict') === true
 */
export const ERROR_CODES = [
  'invalid_request',
  'needs_confirmation',
  'not_found',
  'no_annotator',
  'damaged_file',
  'read_only',
  'conflict',
  'cancelled',
  'io',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** True when `value` is one of the contract's error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/** The HTTP status the loopback host answers an error code with. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'invalid_request':
    case 'no_annotator':
      return 400;
    case 'not_found':
      return 404;
    case 'read_only':
    case 'damaged_file':
    case 'conflict':
    case 'needs_confirmation':
      return 409;
    case 'cancelled':
      return 499;
    default:
      return 500;
  }
}
