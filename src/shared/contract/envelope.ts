import { isErrorCode } from './errorCode';
import { plainDataProblem } from './plainDataProblem';
import type { JsonObject } from './jsonValue';
import type { ErrorData } from './workbenchError';

/** What a call answers on every transport: a result, or an error as data. */
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorData };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJsonObject(value: unknown): value is JsonObject {
  return isRecord(value) && plainDataProblem(value, 'details') === null;
}

// Checked by hand, not with a zod schema: every window reads every reply through this, and
// zod would then load (and build schemas) before the window's first frame.
function asErrorData(value: unknown): ErrorData | null {
  if (!isRecord(value) || !isErrorCode(value.code) || typeof value.message !== 'string')
    return null;
  const { details } = value;
  if (details === undefined) return { code: value.code, message: value.message };
  if (!isJsonObject(details)) return null;
  return { code: value.code, message: value.message, details };
}

/**
 * Reads what a transport delivered as an envelope; anything else becomes an `internal`
 * error envelope naming `where`, so a broken transport never passes for a result.
 * @example asEnvelope({ ok: true, result: 1 }, 'HTTP') => { ok: true, result: 1 }
 */
export function asEnvelope(value: unknown, where: string): Envelope {
  // JSON drops an undefined result: `{ ok: true }` is a reply too.
  if (isRecord(value) && value.ok === true) return { ok: true, result: value.result };
  const error = isRecord(value) && value.ok === false ? asErrorData(value.error) : null;
  return error
    ? { ok: false, error }
    : failure('internal', `${where} answered something that is not a Loupe reply`);
}

/** An error envelope. @example failure('not_found', 'no document d9') */
export function failure(
  code: ErrorData['code'],
  message: string,
  details?: ErrorData['details'],
): Envelope<never> {
  return { ok: false, error: { code, message, ...(details ? { details } : {}) } };
}
