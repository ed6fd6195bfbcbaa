import { cutTokensAt, sentenceStarts } from '../../text';
import { documentTokens } from './documentTokens';
import type { SpacyTokens } from '../../text';
import type { FormatDocument } from './formatDocument';
import { adjusted } from './adjusted';
import { IOB_REASONS, keptMentions } from './keptMentions';
import type { OverlapPolicy } from './overlapPolicy';
import type { Tally } from './tally';

export { IOB_REASONS };

/** The first and last token of the pair after the last mention (none is that far). */
export const PAST_TOKENS = 0x7fffffff;

/**
 * A document's tokens (spaCy's English tokens, or the source's own for a document imported
 * from CoNLL, cut at every written span edge) with its
 * mentions as token ranges: mention `k` covers tokens `mentions[2k]` to `mentions[2k + 1]`
 * (its first and last word) with `labels[mentionLabel[k]]`, in text order and disjoint, then
 * one more pair past every token ({@link PAST_TOKENS} twice). A writer walks them beside the
 * tokens (B on a mention's first token, I on the others, O between) instead of reading a tag
 * array as long as the tokens, and never reads beyond the pairs (which would throw away the
 * code V8 optimized for the walk). `sentenceStart[i]` is 1 where
 * a sentence starts (never inside a mention). Whitespace tokens (`tokens.isSpace`) are carried
 * but token formats skip them; a mention's first and last tokens are words.
 */
export interface TaggedDocument {
  readonly text: string;
  readonly tokens: SpacyTokens;
  readonly labels: readonly string[];
  readonly mentionCount: number;
  readonly mentions: Int32Array;
  readonly mentionLabel: Int32Array;
  readonly sentenceStart: Uint8Array;
  readonly spansWritten: number;
}

/**
 * Tags a document for CoNLL and Hugging Face. Overlapping spans follow `overlaps`: `error`
 * throws {@link SpanOverlapError} naming them, `longest` and `first` keep one and count the
 * others. A span edge on whitespace moves to the nearest word; a span of whitespace only is
 * dropped and counted, so the tags are always a valid IOB2 sequence.
 * @example tagDocument(doc('Mike Pompeo spoke.', span(0, 11, 'PERSON')), tally, 'error').mentions → Int32Array [0, 1]
 */
export function tagDocument(
  doc: FormatDocument,
  tally: Tally,
  overlaps: OverlapPolicy = 'error',
): TaggedDocument {
  const kept = keptMentions(doc, tally, overlaps);
  // Start and end of each mention in turn: mentions do not overlap, so the edges come sorted.
  const edges = new Int32Array(kept.count * 2);
  for (let m = 0; m < kept.count; m++) {
    edges[2 * m] = kept.start[m] ?? 0;
    edges[2 * m + 1] = kept.end[m] ?? 0;
    if (m > 0 && (edges[2 * m] ?? 0) < (edges[2 * m - 1] ?? 0))
      throw new Error(`mentions overlap or are out of text order at ${edges[2 * m]}`);
  }
  // The cut tells where each edge lands among the tokens: no search per mention below.
  const source = documentTokens(doc);
  const { tokens, at } = cutTokensAt(doc.text, source.tokens, edges);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  // No array as long as the tokens: the mentions' token ranges are all a writer needs.
  const pairs = new Int32Array(kept.count * 2 + 2);
  const mentionLabel = new Int32Array(kept.count);
  let count = 0;
  const written = new Uint8Array(doc.spans.length);
  let spansWritten = 0;
  const { isSpace } = tokens;
  for (let m = 0; m < kept.count; m++) {
    const start = kept.start[m] ?? 0;
    const end = kept.end[m] ?? 0;
    const span = kept.span[m] ?? 0;
    // wordRange inline, from where the cut put the edges: the first token starting at or
    // after the start to the last before the first starting at or after the end.
    let first = at[2 * m] ?? 0;
    let last = (at[2 * m + 1] ?? 0) - 1;
    while (first <= last && isSpace[first] === 1) first++;
    while (last >= first && isSpace[last] === 1) last--;
    if (first > last) {
      tally.adjust(IOB_REASONS.noToken, adjusted(doc, span, { start, end }, null));
      continue;
    }
    const toStart = tokens.start[first] ?? 0;
    const toEnd = tokens.end[last] ?? 0;
    if (toStart !== start || toEnd !== end)
      tally.adjust(IOB_REASONS.trimmed, adjusted(doc, span, { start, end }, [toStart, toEnd]));
    const name = doc.spans[span]?.label ?? '';
    let index = labelIndex.get(name);
    if (index === undefined) {
      index = labels.push(name) - 1;
      labelIndex.set(name, index);
    }
    pairs[2 * count] = first;
    pairs[2 * count + 1] = last;
    mentionLabel[count++] = index;
    if (written[span] === 0) spansWritten++;
    written[span] = 1;
  }
  pairs[2 * count] = PAST_TOKENS;
  pairs[2 * count + 1] = PAST_TOKENS;
  return {
    text: doc.text,
    tokens,
    labels,
    mentionCount: count,
    mentions: pairs.subarray(0, 2 * count + 2),
    mentionLabel,
    sentenceStart: sentenceStarts(doc.text, tokens, pairs.subarray(0, 2 * count), source.spaced),
    spansWritten,
  };
}
