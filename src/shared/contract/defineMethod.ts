import type { z } from 'zod';
import type { ErrorCode } from './errorCode';

/**
 * What a method may do to the project, which decides how every transport runs it:
 * - `read`: reads only; runs at once, also while another program writes the project.
 * - `edit`: writes project files; runs one at a time, needs the writer's lock, and first
 *   rereads files another program changed.
 * - `append`: only creates new files, exclusively (never replaces one); may run beside
 *   another writer, like `edit` otherwise.
 * - `settings`: writes the user's own settings, never the project.
 */
export type MethodKind = 'read' | 'edit' | 'append' | 'settings';

/** Who may call a method: every client, or only callers in the same process (the CLI, the desktop main process). */
export type MethodExposure = 'everyone' | 'local';

/**
 * What a refusal or failure of a method that writes means for the person's work:
 * - `unsaved` (the default): the edit they made is not saved (the window says "Not saved").
 * - `unchanged`: it leaves the project and their work as they were: the caller keeps what was
 *   asked and says why itself (a dialog's pending edits, a sync or suggest run), so nothing the
 *   person did is lost and the window's save state stays what it was.
 */
export type MethodRefusal = 'unsaved' | 'unchanged';

/** One method of the contract: everything every transport and client needs to know of it. */
export interface MethodSpec<
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
  E extends ErrorCode = ErrorCode,
  K extends MethodKind = MethodKind,
  X extends MethodExposure = MethodExposure,
  F extends MethodRefusal = MethodRefusal,
> {
  readonly request: Req;
  readonly result: Res;
  /** The errors this method itself may answer, beyond those every call of its kind may meet. */
  readonly errors: readonly E[];
  readonly kind: K;
  readonly expose: X;
  /** What a refusal means for the person's work; absent: `unsaved`. */
  readonly refusal?: F;
  /** One line for people: what it does (shown in docs and errors). */
  readonly summary: string;
}

/** Errors any call may meet, whatever it does. */
export const COMMON_ERRORS = ['invalid_request', 'internal', 'io', 'cancelled'] as const;

/** Errors any call that writes the project may meet besides its own. */
export const WRITE_ERRORS = ['read_only', 'conflict', 'damaged_file', 'no_annotator'] as const;

/**
 * Declares a method with defaults (`expose: 'everyone'`), keeping its literal types.
 * @example defineMethod({ summary: 'Lists the documents', kind: 'read', request: z.object({}), result: z.array(doc), errors: [] })
 */
export function defineMethod<
  Req extends z.ZodType,
  Res extends z.ZodType,
  const E extends ErrorCode,
  const K extends MethodKind,
  const X extends MethodExposure = 'everyone',
  const F extends MethodRefusal = 'unsaved',
>(spec: {
  summary: string;
  kind: K;
  request: Req;
  result: Res;
  errors: readonly E[];
  expose?: X;
  refusal?: F;
}): MethodSpec<Req, Res, E, K, X, F> {
  return { ...spec, expose: spec.expose ?? ('everyone' as X) };
}

/** Every error code a call of `spec` may answer: its own, its kind's and the common ones. */
export function errorsOf(spec: MethodSpec): ReadonlySet<ErrorCode> {
  const writes = spec.kind === 'edit' || spec.kind === 'append';
  return new Set<ErrorCode>([...COMMON_ERRORS, ...(writes ? WRITE_ERRORS : []), ...spec.errors]);
}
