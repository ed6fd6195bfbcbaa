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
const ROOT = /(<div id="root">)([\s\S]*?<\/div>)?(<\/div>)/;

/** The page cut around the content of its `#root`, so its head can be sent before the first screen is written. */
export interface PageParts {
  /** Everything up to and including `<div id="root">`, with the preload of the first answers. */
  readonly head: string;
  /** What `#root` holds in the built page ("Loading Loupe…"). */
  readonly loading: string;
  /** `</div>` of `#root` and what follows. */
  readonly tail: string;
}

/**
 * The page with a preload of the first answers (so the browser fetches them beside the
 * bundle), cut where the first screen goes: the host sends `head` at once (the browser starts
 * on the stylesheets and scripts it names), then the first screen or `loading`, then `tail`.
 */
export function pageParts(html: string, path: string): PageParts {
  const link = `<link rel="preload" href=".${path}" as="fetch" crossorigin>\n    `;
  const at = html.search(/<script|<\/head>/);
  const page = at < 0 ? html : html.slice(0, at) + link + html.slice(at);
  const root = ROOT.exec(page);
  if (!root) return { head: page, loading: '', tail: '' };
  const open = root.index + (root[1] ?? '').length;
  const close = root.index + root[0].length - (root[3] ?? '').length;
  return { head: page.slice(0, open), loading: page.slice(open, close), tail: page.slice(close) };
}

/**
 * The first screen to write into `#root` when `answers` open a document within
 * `FIRST_PAINT_LIMITS` (`firstScreenHtml`: the browser paints the text and its spans before
 * any script runs, and the app's first render takes its place), else null. Tags and escaped
 * text only, no inline script: the CSP allows none.
 */
export function firstScreenOf(answers: readonly FirstAnswer[]): string | null {
  const content = answers.length ? firstScreenContent({ answers }) : null;
  return content ? firstScreenHtml(content) : null;
}

/** The whole page at once: its parts with the first screen of `answers` (or its loading note) in `#root`. */
export function withFirstScreen(
  html: string,
  path: string,
  answers: readonly FirstAnswer[],
): string {
  const { head, loading, tail } = pageParts(html, path);
  return head + (firstScreenOf(answers) ?? loading) + tail;
}
