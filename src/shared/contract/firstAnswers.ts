import type { Envelope } from './envelope';

/**
 * A call the window makes first, answered by the loopback host before the window asks (in
 * the one request its page preloads), so the first frame waits on one round trip that runs
 * beside the bundle's download instead of two after it.
 * @example { method: 'listDocuments', request: {}, envelope: { ok: true, result: [] } }
 */
export interface FirstAnswer {
  readonly method: string;
  readonly request: unknown;
  readonly envelope: Envelope;
}

/** Where the loopback host serves the first answers (GET, by the page's cookie). */
export const FIRST_ANSWERS_PATH = '/first-answers';

/** The methods among the first answers: a call of another method never waits for them. */
export const FIRST_ANSWER_METHODS: ReadonlySet<string> = new Set([
  'getSettings',
  'listDocuments',
  'getProject',
  'listEntities',
  'openDocument',
]);

/** What identifies a call among the first answers. @example firstAnswerKey('getProject', {}) === 'getProject {}' */
export function firstAnswerKey(method: string, request: unknown): string {
  return `${method} ${JSON.stringify(request ?? {})}`;
}

/**
 * The largest first document the loopback host writes into its page as HTML, painted before
 * any script runs (more text or spans and the app lays it out alone, drawing the spans near
 * the viewport first).
 * @example FIRST_PAINT_LIMITS.spans === 3000
 */
export const FIRST_PAINT_LIMITS = { length: 300_000, spans: 3000 } as const;
