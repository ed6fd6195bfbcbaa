import { FIRST_ANSWERS_PATH } from '../../../shared/contract/firstAnswers';

let request: Promise<unknown> | undefined;

/**
 * The body of the loopback host's first answers, fetched once for the whole page: the first
 * paint reads the document from it before the app is loaded, and the app's transport answers
 * its first reads from the same body. Fetched as the page preloads it (same URL and mode, so
 * the browser hands over the preloaded response). Null in the desktop app (no such request:
 * IPC answers at once) and when the host does not answer.
 */
export function firstAnswersBody(): Promise<unknown> {
  request ??= window.workbench
    ? Promise.resolve(null)
    : fetch(`.${FIRST_ANSWERS_PATH}`, { credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null);
  return request;
}
