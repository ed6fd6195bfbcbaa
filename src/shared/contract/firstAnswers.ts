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
