import { FIRST_ANSWERS_PATH } from '../../../shared/contract/firstAnswers';

/**
 * The body of the loopback host's first answers, fetched once by the window's transport
 * (`firstAnswers.ts`), as the page preloads it (same URL and mode, so the browser hands over
 * the preloaded response). Not kept here: once the app has read its answers, nothing holds
 * the body (the first document's text and spans would otherwise stay on the heap twice).
 * Null in the desktop app (no such request: IPC answers at once) and when the host does not
 * answer.
 */
export function firstAnswersBody(): Promise<unknown> {
  if (window.workbench) return Promise.resolve(null);
  return fetch(`.${FIRST_ANSWERS_PATH}`, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
}
