import {
  asEnvelope,
  FIRST_ANSWER_METHODS,
  FIRST_ANSWERS_PATH,
  firstAnswerKey,
  publicMethodKind,
  type Envelope,
  type Invoke,
} from '../../shared/contract';

/**
 * The answers the loopback host prepared for the window's first calls, fetched as the page
 * preloads them (same URL and mode, so the browser hands over the preloaded response); none
 * when the host has no such answers or does not answer.
 */
export async function fetchFirstAnswers(): Promise<Map<string, Envelope>> {
  const answers = new Map<string, Envelope>();
  try {
    const response = await fetch(`.${FIRST_ANSWERS_PATH}`, { credentials: 'same-origin' });
    if (!response.ok) return answers;
    const body: unknown = await response.json();
    const list = typeof body === 'object' && body !== null && 'answers' in body ? body.answers : [];
    const items: readonly unknown[] = Array.isArray(list) ? list : [];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const method: unknown = Reflect.get(item, 'method');
      if (typeof method !== 'string') continue;
      const answer = asEnvelope(Reflect.get(item, 'envelope'), 'the first answers');
      answers.set(firstAnswerKey(method, Reflect.get(item, 'request')), answer);
    }
  } catch {
    // The calls go out one by one instead.
  }
  return answers;
}

/**
 * Answers each of the window's first reads once from `first`, and every other call through
 * `invoke`. The first write drops what is left: after it, an answer prepared before could be
 * out of date.
 */
export function withFirstAnswers(invoke: Invoke, first: Promise<Map<string, Envelope>>): Invoke {
  let usable = true;
  return async (method, payload, context) => {
    if (publicMethodKind(method) !== 'read') usable = false;
    if (!usable || !FIRST_ANSWER_METHODS.has(method)) return invoke(method, payload, context);
    const answers = await first;
    const key = firstAnswerKey(method, payload);
    const answer = usable ? answers.get(key) : undefined;
    answers.delete(key);
    return answer ?? invoke(method, payload, context);
  };
}
