import { z } from 'zod';
import { ERROR_CODES } from './errorCode';
import type { ErrorData } from './workbenchError';

/** What a call answers on every transport: a result, or an error as data. */
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorData };

const errorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.json()).optional(),
});

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorDataSchema }),
]);

/**
 * Reads what a transport delivered as an envelope; anything else becomes an `internal`
 * error envelope naming `where`, so a broken transport never passes for a result.
 * @example asEnvelope({ ok: true, result: 1 }, 'HTTP') => { ok: true, result: 1 }
 */
export function asEnvelope(value: unknown, where: string): Envelope {
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success)
    return failure('internal', `${where} answered something that is not a Loupe reply`);
  const envelope = parsed.data;
  // zod types an unknown field as optional; a reply's result is always there (JSON null at least)
  return envelope.ok ? { ok: true, result: envelope.result } : envelope;
}

/** An error envelope. @example failure('not_found', 'no document d9') */
export function failure(
  code: ErrorData['code'],
  message: string,
  details?: ErrorData['details'],
): Envelope<never> {
  return { ok: false, error: { code, message, ...(details ? { details } : {}) } };
}
