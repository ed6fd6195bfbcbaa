/** One span of an overlap, as a reader finds it: its label, code point offsets and text. */
export interface OverlapSide {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** The text it covers, cut to about 40 characters. */
  readonly text: string;
}

/** Two spans of different labels or extents that overlap. */
export type OverlapPair = readonly [OverlapSide, OverlapSide];

/** Pairs a refusal names; the others are counted. */
export const NAMED_PAIRS = 3;

/**
 * An export refused because spans overlap where the format cannot hold overlaps. It names the
 * document (its export name, after the words a reader knows it by when a caller gives them), the first pairs with
 * their labels and texts, how many pairs there are, and the ways out (`--labels`,
 * `--overlaps longest|first`); the same facts travel as fields for a window to say in its terms.
 * @example new SpanOverlapError('report', [[gpe, norp]], 1).message
 *   // 'report: overlapping spans cannot be written as IOB tags (1 pair): GPE [0,4) "Iraq" and NORP [0,5) "Iraqi". Choose …'
 */
export class SpanOverlapError extends RangeError {
  constructor(
    /** The document's export name (a file name without `.txt`). */
    readonly document: string,
    /** The first overlapping pairs in text order, at most {@link NAMED_PAIRS}. */
    readonly pairs: readonly OverlapPair[],
    /** How many pairs overlap in the document. */
    readonly total: number,
    /** How a reader knows the document (`document 3 of 12, “Iraqi PM says…”`), when known. */
    readonly words?: string,
  ) {
    super(overlapMessage(words ? `${words} [${document}]` : document, pairs, total));
    this.name = 'SpanOverlapError';
  }

  /** The same refusal, its document named in `words` a reader knows it by, its name in brackets. */
  in(words: string): SpanOverlapError {
    return new SpanOverlapError(this.document, this.pairs, this.total, words);
  }
}

function overlapMessage(place: string, pairs: readonly OverlapPair[], total: number): string {
  const named = pairs.slice(0, NAMED_PAIRS).map(([a, b]) => `${side(a)} and ${side(b)}`);
  const more = total > named.length ? ` (and ${total - named.length} more)` : '';
  const count = `${total} pair${total === 1 ? '' : 's'}`;
  return (
    `${place}: overlapping spans cannot be written as IOB tags (${count}): ${named.join('; ')}${more}. ` +
    'Choose labels that do not overlap with --labels A,B, or keep one of each overlap with --overlaps longest or --overlaps first'
  );
}

function side(s: OverlapSide): string {
  return `${s.label} [${s.start},${s.end}) ${JSON.stringify(s.text)}`;
}
