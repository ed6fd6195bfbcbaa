import type { FirstAnswer, Invoke } from '../shared/contract';
import { firstScreenContent, firstScreenHtml } from '../shared/firstScreen';

/**
 * What the window asks first, asked here in process: the settings, the document list, the
 * project, the entities and, when someone is annotating, the first document (as the window's
 * model starts: `createModel`'s start).
 */
export async function firstAnswers(invoke: Invoke): Promise<FirstAnswer[]> {
  const ask = async (method: string, request: object): Promise<FirstAnswer> => ({
    method,
    request,
    envelope: await invoke(method, request),
  });
  const rest = Promise.all([ask('getProject', {}), ask('listEntities', {})]);
  const [settings, list] = await Promise.all([ask('getSettings', {}), ask('listDocuments', {})]);
  const annotator = settings.envelope.ok && hasAnnotator(settings.envelope.result);
  const first = list.envelope.ok ? firstDocumentId(list.envelope.result) : null;
  const opened = annotator && first ? [await ask('openDocument', { documentId: first })] : [];
  return [settings, list, ...(await rest), ...opened];
}

function hasAnnotator(settings: unknown): boolean {
  return typeof settings === 'object' && settings !== null && 'annotator' in settings
    ? Boolean(settings.annotator)
    : false;
}

function firstDocumentId(list: unknown): string | null {
  const items: readonly unknown[] = Array.isArray(list) ? list : [];
  const [first] = items;
  return typeof first === 'object' &&
    first !== null &&
    'id' in first &&
    typeof first.id === 'string'
    ? first.id
    : null;
}

/** Where index.html holds its "Loading Loupe…" until the app renders (Vite's build keeps it as written). */
const ROOT = /<div id="root">[\s\S]*?<\/div><\/div>|<div id="root"><\/div>/;

/**
 * The page with a preload of the first answers, so the browser fetches them beside the
 * bundle, and, when `answers` open a document within `FIRST_PAINT_LIMITS`, its first
 * screen written into `#root` (`firstScreenHtml`): the browser paints the text and its spans
 * before any script runs, and the app's first render takes its place. Tags and escaped text
 * only, no inline script: the CSP allows none.
 */
export function withFirstScreen(
  html: string,
  path: string,
  answers: readonly FirstAnswer[],
): string {
  const link = `<link rel="preload" href=".${path}" as="fetch" crossorigin>\n    `;
  const at = html.search(/<script|<\/head>/);
  const page = at < 0 ? html : html.slice(0, at) + link + html.slice(at);
  const content = answers.length ? firstScreenContent({ answers }) : null;
  if (!content) return page;
  const screen = firstScreenHtml(content);
  // A function, not a string: `$` in the document text is not a replacement pattern.
  return page.replace(ROOT, () => `<div id="root">${screen}</div>`);
}
