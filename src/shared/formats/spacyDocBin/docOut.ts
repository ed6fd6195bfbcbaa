import type { FormatDocument, Tally } from '../common';
import { adjusted } from '../common/adjusted';

/** A span of a group as written: its label and kb id as strings, token and character offsets. */
export interface GroupSpanOut {
  readonly label: string;
  readonly kbId: string;
  readonly start: number;
  readonly end: number;
  readonly startChar: number;
  readonly endChar: number;
}

/** One document's tokens as the spaCy export writes them, before strings become ids. */
export interface DocOut {
  readonly words: readonly string[];
  readonly spaces: readonly boolean[];
  readonly iob: readonly number[];
  readonly types: readonly string[];
  /** Other attribute columns (kept ones), by attribute id. */
  readonly columns: ReadonlyMap<
    number,
    { readonly strings: boolean; readonly values: readonly (string | number)[] }
  >;
  readonly groups: ReadonlyMap<string, GroupSpanOut[]>;
  readonly spans: number;
}

/** Why a span was written otherwise, for the export report. */
export const DOCBIN_REASONS = {
  widened: 'span group span widened to token edges (a spaCy Span holds whole tokens)',
  discontinuous: 'discontinuous span group span written as one span per fragment',
} as const;

/** Token offsets (code points) of words and spaces: where each token starts and ends. */
export function tokenPlaces(
  words: readonly string[],
  spaces: readonly boolean[],
): { start: number[]; end: number[] } {
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const [t, word] of words.entries()) {
    start.push(at);
    at += [...word].length;
    end.push(at);
    if (spaces[t]) at++;
  }
  return { start, end };
}

/**
 * The spans of `doc` that go to span groups (attribute `spanGroup`), as token ranges of the
 * tokens at `start`/`end`: an edge inside a token widens to it (said in `tally`) unless
 * `exact`, where null is returned instead. Spans are written per fragment.
 */
export function groupSpans(
  doc: FormatDocument,
  start: readonly number[],
  end: readonly number[],
  tally: Tally,
  exact: boolean,
): Map<string, GroupSpanOut[]> | null {
  const groups = new Map<string, GroupSpanOut[]>();
  for (const [index, span] of doc.spans.entries()) {
    const key = span.attributes?.spanGroup;
    if (typeof key !== 'string') continue;
    if (span.fragments.length > 1) tally.note(DOCBIN_REASONS.discontinuous);
    for (const fragment of span.fragments) {
      const first = lastAtOrBefore(start, fragment.start);
      const last = firstAtOrAfter(end, fragment.end);
      if (first < 0 || last < 0 || last < first) return null;
      const from = start[first] ?? 0;
      const to = end[last] ?? 0;
      if (from !== fragment.start || to !== fragment.end) {
        if (exact) return null;
        tally.adjust(DOCBIN_REASONS.widened, adjusted(doc, index, fragment, [from, to]));
      }
      const kbId = span.attributes?.kbId;
      const label = span.attributes?.unlabelled === true ? '' : span.label;
      const list = groups.get(key) ?? [];
      list.push({
        label,
        kbId: typeof kbId === 'string' ? kbId : '',
        start: first,
        end: last + 1,
        startChar: from,
        endChar: to,
      });
      groups.set(key, list);
    }
  }
  return groups;
}

/** The last index whose value is at most `at` (-1 when none): the token a span start falls in. */
function lastAtOrBefore(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length; // the first index whose value is past `at`
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The first index whose value is at least `at` (-1 when none): the token a span end falls in. */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low < values.length ? low : -1;
}
