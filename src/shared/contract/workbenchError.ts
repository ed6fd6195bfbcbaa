import type { ErrorCode } from './errorCode';
import type { JsonObject } from './jsonValue';

export type { ErrorCode as WorkbenchErrorCode } from './errorCode';

/** A contract failure as data: what crosses every transport. */
export interface ErrorData {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: JsonObject;
}

/**
 * A failure of a contract call, in the caller's own world. Services throw it; the invoker
 * turns it into {@link ErrorData}; the client throws it again on the other side.
 * @example new WorkbenchError('not_found', 'no document d9', { documentId: 'd9' })
 */
export class WorkbenchError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: JsonObject,
  ) {
    super(message);
    this.name = 'WorkbenchError';
  }

  toJSON(): ErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}
