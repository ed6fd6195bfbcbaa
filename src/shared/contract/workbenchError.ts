/** What kind of failure a contract call met; transports carry it unchanged. */
export type WorkbenchErrorCode =
  | 'invalid_request'
  | 'needs_confirmation'
  | 'not_found'
  | 'no_annotator'
  | 'damaged_file'
  | 'read_only'
  | 'io'
  | 'internal';

/** A failure of a contract call, JSON-safe. @example new WorkbenchError('not_found', 'no document d9') */
export class WorkbenchError extends Error {
  constructor(
    readonly code: WorkbenchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbenchError';
  }

  toJSON(): { code: WorkbenchErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}
