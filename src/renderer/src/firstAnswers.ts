import {
  asEnvelope,
  FIRST_ANSWER_METHODS,
  firstAnswerKey,
  publicMethodKind,
  type Envelope,
  type Invoke,
} from '../../shared/contract';
import { firstAnswersBody } from './firstPaint/firstAnswersRequest';

/**
 * The answers the loopback host prepared for the window's first calls (the body the page
 * preloaded, `firstAnswersBody`); none when the host has no such answers or does not answer.
 */
export async function fetchFirstAnswers(): Promise<Map<string, Envelope>> {
  const answers = new Map<string, Envelope>();
  try {
    const body = await firstAnswersBody();
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
    if (usable && publicMethodKind(method) !== 'read') {
      usable = false;
      // What is left is dropped, not kept for the page's life.
      void first.then((answers) => answers.clear());
    }
    if (!usable || !FIRST_ANSWER_METHODS.has(method)) return invoke(method, payload, context);
    const answers = await first;
    const key = firstAnswerKey(method, payload);
    const answer = usable ? answers.get(key) : undefined;
    answers.delete(key);
    return answer ?? invoke(method, payload, context);
  };
}
