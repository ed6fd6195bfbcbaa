import { cutTokens, sentenceStarts, spacyEnglishTokens } from '../../text';
import type { SpacyTokens } from '../../text';
import type { FormatDocument } from './formatDocument';
import { SpanOverlapError } from './overlapPolicy';
import type { OverlapPolicy } from './overlapPolicy';
import type { Tally } from './tally';
import { itemAt } from '../../collections';

/** Reasons counted while tagging, shared by every token-based writer. */
export const IOB_REASONS = {
  noToken: 'span covering no token dropped',
  longest: 'overlapping span dropped (--overlaps longest: kept the longest, then the earliest)',
  first: 'overlapping span dropped (--overlaps first: kept the earliest, then the longest)',
  discontinuous: 'discontinuous span tagged as separate mentions',
  trimmed: 'span edge on whitespace moved to the first or last word',
  stacked: 'span with the same label and offsets as another written once',
} as const;

/**
 * A document's tokens (spaCy's English tokens, cut at every written span edge) with IOB2
 * tags as numbers: `label[i]` is an index into `labels` (-1 for O), `begins[i]` is 1 on the
 * first token of a mention, `sentenceStart[i]` 1 where a sentence starts (never inside a
 * mention). Whitespace tokens (`tokens.isSpace`) are carried but token formats skip them.
 */
export interface TaggedDocument {
  readonly text: string;
  readonly tokens: SpacyTokens;
  readonly labels: readonly string[];
  readonly label: Int32Array;
  readonly begins: Uint8Array;
  readonly sentenceStart: Uint8Array;
  readonly spansWritten: number;
}

interface Mention {
  readonly span: number;
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/**
 * Tags a document for CoNLL and Hugging Face. Overlapping spans follow `overlaps`: `error`
 * throws {@link SpanOverlapError} naming them, `longest` and `first` keep one and count the
 * others. A span edge on whitespace moves to the nearest word; a span of whitespace only is
 * dropped and counted, so the tags are always a valid IOB2 sequence.
 * @example tagDocument(doc('Mike Pompeo spoke.', span(0, 11, 'PERSON')), tally, 'error').label → [0, 0, -1, -1]
 */
export function tagDocument(
  doc: FormatDocument,
  tally: Tally,
  overlaps: OverlapPolicy = 'error',
): TaggedDocument {
  const fragments = mentionsOf(doc, tally);
  const kept = resolveOverlaps(doc, fragments, overlaps, tally);
  const edges: number[] = [];
  for (const m of kept) edges.push(m.start, m.end);
  const tokens = cutTokens(doc.text, spacyEnglishTokens(doc.text), edges);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const label = new Int32Array(tokens.count).fill(-1);
  const begins = new Uint8Array(tokens.count);
  const covered: number[] = [];
  const written = new Set<number>();
  for (const m of kept) {
    let first = firstAtOrAfter(tokens.start, m.start);
    let last = firstAtOrAfter(tokens.end, m.end);
    while (first <= last && tokens.isSpace[first] === 1) first++;
    while (last >= first && tokens.isSpace[last] === 1) last--;
    if (first > last) {
      tally.add(IOB_REASONS.noToken);
      continue;
    }
    if (tokens.start[first] !== m.start || tokens.end[last] !== m.end)
      tally.add(IOB_REASONS.trimmed);
    let index = labelIndex.get(m.label);
    if (index === undefined) {
      index = labels.push(m.label) - 1;
      labelIndex.set(m.label, index);
    }
    label.fill(index, first, last + 1);
    begins[first] = 1;
    covered.push(first, last);
    written.add(m.span);
  }
  return {
    text: doc.text,
    tokens,
    labels,
    label,
    begins,
    sentenceStart: sentenceStarts(doc.text, tokens, covered),
    spansWritten: written.size,
  };
}

/** Index of the first entry >= value in a sorted array (its length if none). */
function firstAtOrAfter(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (itemAt(sorted, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionsOf(doc: FormatDocument, tally: Tally): Mention[] {
  const mentions: Mention[] = [];
  doc.spans.forEach((span, index) => {
    if (span.fragments.length > 1) tally.add(IOB_REASONS.discontinuous);
    for (const f of span.fragments) {
      if (f.end <= f.start) tally.add(IOB_REASONS.noToken);
      else mentions.push({ span: index, start: f.start, end: f.end, label: span.label });
    }
  });
  // In text order (longest first at one start); a stacked copy (same offsets and label) goes.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end || a.span - b.span);
  const unique = mentions.filter((m, i) => {
    const before = mentions[i - 1];
    return !before || before.start !== m.start || before.end !== m.end || before.label !== m.label;
  });
  tally.add(IOB_REASONS.stacked, mentions.length - unique.length);
  return unique;
}

function describe(doc: FormatDocument, m: Mention): string {
  const chars = [...doc.text.slice(0, Math.min(doc.text.length, 2 * m.end + 2))];
  const text = chars.slice(m.start, m.end).join('');
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `${m.label} [${m.start},${m.end}) ${JSON.stringify(shown)}`;
}

/** The mentions to tag, in text order, after the overlap policy. */
function resolveOverlaps(
  doc: FormatDocument,
  mentions: Mention[],
  overlaps: OverlapPolicy,
  tally: Tally,
): Mention[] {
  const byStart = mentions; // already in text order, longest first at one start
  if (overlaps === 'error') {
    const clashes: string[] = [];
    let open: Mention | undefined;
    for (const m of byStart) {
      if (open && m.start < open.end && m.span !== open.span)
        clashes.push(`${describe(doc, open)} and ${describe(doc, m)}`);
      if (!open || m.end > open.end) open = m;
    }
    if (clashes.length > 0) {
      const more = clashes.length > 3 ? ` (and ${clashes.length - 3} more)` : '';
      throw new SpanOverlapError(
        `${doc.name}: overlapping spans cannot be written as IOB tags: ${clashes.slice(0, 3).join('; ')}${more}. ` +
          'Choose labels that do not overlap with --labels A,B, or keep one of each overlap with --overlaps longest or --overlaps first',
      );
    }
    return byStart;
  }
  const order =
    overlaps === 'longest'
      ? [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
      : byStart;
  const taken = new Uint8Array(doc.text.length + 1);
  const kept: Mention[] = [];
  for (const m of order) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = taken[i] === 0;
    if (!free) {
      tally.add(IOB_REASONS[overlaps]);
      continue;
    }
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
