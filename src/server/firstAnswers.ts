import {
  FIRST_PAINT_LIMITS,
  FIRST_PAINT_META,
  type FirstAnswer,
  type Invoke,
} from '../shared/contract';

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

/**
 * Whether the page should paint the first document before its app loads: someone is
 * annotating and the first document is within {@link FIRST_PAINT_LIMITS}. Told in the page, so
 * the page that will not paint runs its app at once instead of waiting for the answers.
 */
export async function firstPaintWanted(invoke: Invoke): Promise<boolean> {
  const [settings, list] = await Promise.all([
    invoke('getSettings', {}),
    invoke('listDocuments', {}),
  ]);
  if (!settings.ok || !hasAnnotator(settings.result) || !list.ok) return false;
  const items: readonly unknown[] = Array.isArray(list.result) ? list.result : [];
  const [first] = items;
  if (typeof first !== 'object' || first === null) return false;
  const length = 'length' in first ? first.length : null;
  const spans = 'spanCount' in first ? first.spanCount : null;
  return (
    typeof length === 'number' &&
    typeof spans === 'number' &&
    length <= FIRST_PAINT_LIMITS.length &&
    spans <= FIRST_PAINT_LIMITS.spans
  );
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
 * bundle, and with `firstPaint` a `<meta>` that tells the page to paint the first document
 * from them before its app loads. Tags, not an inline script: the CSP allows no inline script.
 */
export function withFirstAnswersPreload(html: string, path: string, firstPaint = false): string {
  const meta = firstPaint ? `<meta name="${FIRST_PAINT_META}" content="document">\n    ` : '';
  const link = `${meta}<link rel="preload" href=".${path}" as="fetch" crossorigin>\n    `;
  const at = html.search(/<script|<\/head>/);
  return at < 0 ? html : html.slice(0, at) + link + html.slice(at);
}
