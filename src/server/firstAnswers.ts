import type { FirstAnswer, Invoke } from '../shared/contract';

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

/**
 * The page with a preload of the first answers, so the browser fetches them beside the
 * bundle. A `<link>`, not an inline script: the CSP allows no inline script.
 */
export function withFirstAnswersPreload(html: string, path: string): string {
  const link = `<link rel="preload" href=".${path}" as="fetch" crossorigin>\n    `;
  const at = html.search(/<script|<\/head>/);
  return at < 0 ? html : html.slice(0, at) + link + html.slice(at);
}
