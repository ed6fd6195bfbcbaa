import type { FormatDocument } from './formatDocument';
import { keptMentions } from './keptMentions';
import type { OverlapPolicy } from './overlapPolicy';
import type { Tally } from './tally';

/** A mention on whole tokens: the index of its span in the document, its first and last token. */
export interface TokenMention {
  readonly span: number;
  readonly first: number;
  readonly last: number;
}

/**
 * The mentions of `doc` to tag (stacked copies gone, `overlaps` applied, counted in `tally`)
 * as token ranges of tokens that start at `start[t]` and end at `end[t]` (code points), in text
 * order; null when a mention's edge lies inside a token (a writer keeping a file's own tokens
 * then tokenizes the text again).
 * @example mentionsOnTokens(doc, [0, 3], [2, 8], tally, 'error') → [{ span: 0, first: 1, last: 1 }]
 */
export function mentionsOnTokens(
  doc: FormatDocument,
  start: readonly number[],
  end: readonly number[],
  tally: Tally,
  overlaps: OverlapPolicy,
): TokenMention[] | null {
  const mentions = keptMentions(doc, tally, overlaps);
  const firstAt = new Map<number, number>();
  const lastAt = new Map<number, number>();
  for (const [t, at] of start.entries()) if (!firstAt.has(at)) firstAt.set(at, t);
  for (const [t, at] of end.entries()) lastAt.set(at, t);
  const out: TokenMention[] = [];
  for (let m = 0; m < mentions.count; m++) {
    const first = firstAt.get(mentions.start[m] ?? -1);
    const last = lastAt.get(mentions.end[m] ?? -1);
    if (first === undefined || last === undefined || last < first) return null;
    out.push({ span: mentions.span[m] ?? 0, first, last });
  }
  return out;
}
