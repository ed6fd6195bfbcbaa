import type { IncomingMessage, ServerResponse } from 'node:http';

/** How much and how long the host waits for one request's body. */
export interface BodyLimits {
  /** The largest body read (64 MiB). */
  readonly maxBytes: number;
  /** The longest a body may take to arrive, from its first wait (60 s). */
  readonly deadlineMs: number;
  /** The longest wait for the next bytes of a body (15 s). */
  readonly idleMs: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBytes: 64 * 1024 * 1024,
  deadlineMs: 60_000,
  idleMs: 15_000,
};

/** How long a refused body may go on arriving (and be dropped) before its connection is closed. */
const DRAIN_GRACE_MS = 5_000;

export type BodyOutcome =
  | { readonly text: string }
  | { readonly refused: 'too_large' | 'too_slow'; readonly message: string };

/**
 * The body as text, read as it arrives (other requests are served meanwhile). A body is
 * refused as soon as it is larger than `maxBytes` (with or without a Content-Length: a chunked
 * body has none), or when it takes longer than `deadlineMs` in all or `idleMs` between bytes
 * (a client that sends a byte a second). What still arrives after a refusal is dropped.
 */
export function readBody(request: IncomingMessage, limits: BodyLimits): Promise<BodyOutcome> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const mib = `${limits.maxBytes / 1024 / 1024} MiB`;
    const finish = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(idle);
      chunks.length = 0;
      resolve(outcome);
    };
    const tooLarge = (): void =>
      finish({
        refused: 'too_large',
        message: `the request body is larger than ${mib}; import large files with \`loupe import\` or in smaller batches`,
      });
    const tooSlow = (reason: string): void =>
      finish({
        refused: 'too_slow',
        message: `the request body ${reason}; send it again in one go (a request body has ${limits.deadlineMs / 1000} s to arrive)`,
      });
    const deadline = setTimeout(
      () => tooSlow(`did not arrive within ${limits.deadlineMs / 1000} s`),
      limits.deadlineMs,
    );
    let idle = setTimeout(
      () => tooSlow(`stopped arriving for ${limits.idleMs / 1000} s`),
      limits.idleMs,
    );
    if (Number(request.headers['content-length'] ?? 0) > limits.maxBytes) tooLarge();
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limits.maxBytes) return tooLarge();
      chunks.push(chunk);
      clearTimeout(idle);
      idle = setTimeout(
        () => tooSlow(`stopped arriving for ${limits.idleMs / 1000} s`),
        limits.idleMs,
      );
    });
    request.on('end', () => finish({ text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(idle);
      reject(error);
    });
  });
}

/**
 * After the answer to a refused body has gone out, what is still arriving is dropped for a
 * moment (a client writing a body it declared gets to read the answer rather than a reset),
 * then the connection is closed: a body without end never holds the host.
 */
export function closeAfterAnswer(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Connection', 'close');
  response.on('finish', () => {
    if (request.complete) return;
    request.resume();
    const timer = setTimeout(() => request.socket.destroy(), DRAIN_GRACE_MS);
    timer.unref();
    request.once('end', () => clearTimeout(timer));
  });
}
