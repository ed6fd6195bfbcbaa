import { isRecord } from '../collections';
import { FIRST_PAINT_LIMITS } from '../contract/firstAnswers';
import type { LabelStyles, Span } from '../model';
import { titleFromText } from '../text/documentTitle';

/** What the first paint shows: the window's frame as the app lays it out, and the first document with its spans. */
export interface FirstScreenContent {
  readonly projectName: string;
  readonly title: string;
  /** The file name, shown beside a title read from the text (as the toolbar does). */
  readonly fileName: string | null;
  readonly text: string;
  readonly spans: readonly Span[];
  readonly stanceCount: number;
  /** The annotator marked the document done (the toolbar's button says so). */
  readonly done: boolean;
  readonly labels: readonly { readonly name: string; readonly description?: string }[];
  readonly styles: LabelStyles;
}

/** Larger documents are painted by the app alone: the preview would lay the text out twice. */
export const FIRST_SCREEN_MAX_UTF16 = FIRST_PAINT_LIMITS.length;
/** As many spans as the reading view draws in its first frame (`spanLayer.ts` EAGER_SPANS). */
export const FIRST_SCREEN_MAX_SPANS = FIRST_PAINT_LIMITS.spans;

function resultOf(body: unknown, method: string): unknown {
  const answers: readonly unknown[] =
    isRecord(body) && Array.isArray(body.answers) ? body.answers : [];
  for (const item of answers) {
    if (!isRecord(item) || item.method !== method || !isRecord(item.envelope)) continue;
    return item.envelope.ok === true ? item.envelope.result : null;
  }
  return null;
}

function isFragment(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value.start) && Number.isInteger(value.end);
}

/** The fields the reading view draws a span by (the rest of a span is not read here). */
function isDrawnSpan(value: unknown): value is Span {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.label === 'string' &&
    Array.isArray(value.fragments) &&
    value.fragments.every(isFragment)
  );
}

function isStyles(value: unknown): value is LabelStyles {
  return (
    isRecord(value) &&
    Object.values(value).every((style) => isRecord(style) && typeof style.color === 'string')
  );
}

function labelsOf(schema: unknown): FirstScreenContent['labels'] | null {
  const labels: readonly unknown[] | null =
    isRecord(schema) && Array.isArray(schema.labels) ? schema.labels : null;
  if (!labels) return null;
  const out: { name: string; description?: string }[] = [];
  for (const label of labels) {
    if (!isRecord(label) || typeof label.name !== 'string') return null;
    const { description } = label;
    out.push(
      typeof description === 'string' ? { name: label.name, description } : { name: label.name },
    );
  }
  return out;
}

/**
 * What to paint from the first answers, or null when the app should paint alone: no document
 * to open (no annotator yet, an empty project), a project the app opens with a notice (read-only,
 * problems), a document too large to lay out twice, or answers of an unexpected shape.
 */
export function firstScreenContent(body: unknown): FirstScreenContent | null {
  const project = resultOf(body, 'getProject');
  const opened = resultOf(body, 'openDocument');
  const list = resultOf(body, 'listDocuments');
  if (!isRecord(project) || !isRecord(opened) || !Array.isArray(list)) return null;
  if (project.readOnly !== undefined || !Array.isArray(project.problems)) return null;
  if (project.problems.length > 0 || typeof project.name !== 'string') return null;
  const { document, layer } = opened;
  if (!isRecord(document) || !isRecord(layer) || typeof document.text !== 'string') return null;
  if (typeof document.name !== 'string' || typeof document.id !== 'string') return null;
  const spans: unknown = layer.spans;
  if (!Array.isArray(spans) || !spans.every(isDrawnSpan) || !Array.isArray(layer.stances))
    return null;
  const labels = labelsOf(project.schema);
  if (!labels || !isStyles(project.styles)) return null;
  if (document.text.length > FIRST_SCREEN_MAX_UTF16 || spans.length > FIRST_SCREEN_MAX_SPANS)
    return null;
  const items: readonly unknown[] = list;
  const listed = items.find((item) => isRecord(item) && item.id === document.id);
  const given = isRecord(listed) && typeof listed.title === 'string' ? listed.title : '';
  const title = given || titleFromText(document.text) || document.name;
  return {
    projectName: project.name,
    title,
    fileName: title === document.name ? null : document.name,
    text: document.text,
    spans,
    stanceCount: layer.stances.length,
    done: layer.status === 'done',
    labels,
    styles: project.styles,
  };
}
