import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { codePointLength, createOffsetIndex, type OffsetIndex } from '../../spans';
import type { JsonValue } from '../common';
import type { LabelStudioTask } from './schema';

/** The key of each paragraph's text, as Label Studio's `<Paragraphs textKey>` defaults to. */
const TEXT_KEY = 'text';
/** The keys naming who speaks, in the order they are looked for (`<Paragraphs nameKey>` defaults to `author`). */
const NAME_KEYS = ['author', 'speaker'] as const;
/** What a kept Paragraphs `data` field is marked with, in place of a plain value. */
const MARK = 'paragraphs of the document text';

type JsonRecord = Record<string, JsonValue>;

/**
 * A Label Studio Paragraphs list (a dialogue, a transcript) laid out as one document text:
 * each paragraph as `author: text` (just its text without an author), joined by newlines.
 * `starts[i]` is the code point where paragraph i's text begins in the document text.
 */
export interface ParagraphLayout {
  /** The `data` field holding the list (`dialogue`, `text`, …). */
  readonly key: string;
  readonly nameKey: string | undefined;
  /** The records as the file had them (author, text, times, any other key). */
  readonly paragraphs: readonly JsonRecord[];
  readonly text: string;
  readonly starts: readonly number[];
  /** Each paragraph's text, with its offset index (Label Studio counts UTF-16 units in it). */
  readonly texts: readonly { readonly text: string; readonly index: OffsetIndex }[];
}

/**
 * The `data` fields of a task holding a Paragraphs list: a non-empty list of records, each
 * with a string `text`.
 * @example paragraphsKeys({ data: { dialogue: [{ author: 'Mia', text: 'Hi' }] } }) → ['dialogue']
 */
export function paragraphsKeys(task: LabelStudioTask): string[] {
  return Object.keys(task.data).filter((key) => isParagraphList(task.data[key]));
}

/** Whether a value is a Paragraphs list: records, each with its text under `text`. */
export function isParagraphList(value: unknown): value is JsonRecord[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((p) => isRecord(p) && typeof p[TEXT_KEY] === 'string')
  );
}

/**
 * Lays a Paragraphs list out as one text. The author comes first so that a reader of the
 * transcript (and of any export of it) knows who says what; Label Studio shows it beside each
 * line too. An author already ending in `:` (Label Studio's own examples write `Vincent Vega:`)
 * gets no second one.
 * @example layoutOf('dialogue', [{ author: 'Mia', text: 'Hi' }, { text: 'Bye' }]).text === 'Mia: Hi\nBye'
 */
export function layoutOf(key: string, paragraphs: readonly JsonRecord[]): ParagraphLayout {
  const nameKey = NAME_KEYS.find((k) => paragraphs.some((p) => typeof p[k] === 'string'));
  const parts: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    const prefix = prefixOf(nameKey === undefined ? undefined : p[nameKey]);
    const text = String(p[TEXT_KEY]);
    starts.push(at + codePointLength(prefix));
    parts.push(prefix + text);
    at += codePointLength(prefix) + codePointLength(text) + 1;
  }
  const texts = paragraphs.map((p) => {
    const text = String(p[TEXT_KEY]);
    return { text, index: createOffsetIndex(text) };
  });
  return { key, nameKey, paragraphs, text: parts.join('\n'), starts, texts };
}

function prefixOf(author: JsonValue | undefined): string {
  if (typeof author !== 'string' || author.trim() === '') return '';
  return /:\s*$/u.test(author) ? `${author.trimEnd()} ` : `${author}: `;
}

/** Who speaks paragraph i, for messages ("paragraph 2 (Vincent Vega:)"). */
export function paragraphName(layout: ParagraphLayout, i: number): string {
  const author = layout.nameKey === undefined ? undefined : layout.paragraphs[i]?.[layout.nameKey];
  return typeof author === 'string' ? `paragraph ${i} (${author})` : `paragraph ${i}`;
}

/**
 * What a document's metadata keeps in `data[key]` for a Paragraphs list: the records as they
 * were, marked, so the export writes the same list back and its regions count from each
 * paragraph again.
 */
export function keptParagraphs(layout: ParagraphLayout): DocumentMetadata[string] {
  return { $loupe: MARK, paragraphs: [...layout.paragraphs] };
}

/**
 * The Paragraphs layout a document came with: its `data` field marked by {@link keptParagraphs}
 * whose laid-out text is still the document's text; undefined otherwise (the export then
 * writes the plain text).
 */
export function paragraphsOfMetadata(
  metadata: DocumentMetadata | undefined,
  text: string,
): ParagraphLayout | undefined {
  const data = metadata?.data;
  if (!isRecord(data)) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!isKeptParagraphs(value)) continue;
    const layout = layoutOf(key, value.paragraphs);
    return layout.text === text ? layout : undefined;
  }
  return undefined;
}

/** Whether a kept `data` field is a Paragraphs list (see {@link keptParagraphs}). */
export function isKeptParagraphs(value: unknown): value is { paragraphs: JsonRecord[] } {
  return isRecord(value) && value.$loupe === MARK && isParagraphList(value.paragraphs);
}
