/** How far a long call (an import, an export) has come. */
export interface CallProgress {
  /** What it is doing now, in a word: 'reading', 'planning', 'writing'. */
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

/**
 * What an in-process caller may hand a call besides its request: a way to cancel it and to
 * hear its progress. Transports that copy data (IPC, HTTP) carry neither.
 */
export interface CallContext {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CallProgress) => void;
}
