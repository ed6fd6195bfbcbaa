import type { Token } from '../text';

/** A labelled extent over a token sequence: tokens [first, last] inclusive. */
export interface TokenSpan {
  readonly label: string;
  readonly first: number;
  readonly last: number;
}

/** How spans are spelled as one tag per token (BIO, BILOU): what the perceptron decodes under. */
export interface TagScheme {
  readonly labels: readonly string[];
  readonly size: number;
  /** The first tag of a span of this label (undefined: not a label of the scheme). */
  begin(label: string): number | undefined;
  labelOf(tag: number): string | undefined;
  name(tag: number): string;
  /** Whether `next` may follow `previous` (-1: the start of a sentence). */
  allowed(previous: number, next: number): boolean;
  /** Whether a sentence may end on this tag. */
  canEnd(tag: number): boolean;
  /** Whether this tag goes on a span opened before it. */
  continues(tag: number): boolean;
  /** Whether this tag is the last of its span (BILOU's L and U; BIO never says). */
  closes(tag: number): boolean;
  /** The tags of a span of `length` tokens whose label begins with tag `begin`. */
  spanPath(begin: number, length: number): number[];
  encode(tokens: readonly Token[], spans: readonly CodePointSpan[]): Int32Array;
  decode(tags: ArrayLike<number>): TokenSpan[];
}

/**
 * A tag inventory over a label set: tag 0 is O, then `perLabel` tags for each label in sorted
 * order (label k's first tag is 1 + perLabel × k).
 */
export abstract class LabelTags {
  readonly labels: readonly string[];
  private readonly index: Map<string, number>;

  constructor(
    labels: Iterable<string>,
    private readonly perLabel: number,
  ) {
    this.labels = [...new Set(labels)].sort();
    this.index = new Map(this.labels.map((label, k) => [label, k]));
  }

  get size(): number {
    return 1 + this.perLabel * this.labels.length;
  }

  begin(label: string): number | undefined {
    const k = this.index.get(label);
    return k === undefined ? undefined : 1 + this.perLabel * k;
  }

  labelOf(tag: number): string | undefined {
    return tag === 0 ? undefined : this.labels[Math.floor((tag - 1) / this.perLabel)];
  }
}

/**
 * The BIO tag inventory of a label set: tag 0 is O, label k (sorted) has B = 1 + 2k and
 * I = 2 + 2k. An I tag may only follow the B or I of its own label.
 * @example new BioTags(['LOC', 'PER']).name(3) → 'B-PER'
 */
export class BioTags extends LabelTags implements TagScheme {
  constructor(labels: Iterable<string>) {
    super(labels, 2);
  }

  isInside(tag: number): boolean {
    return tag > 0 && tag % 2 === 0;
  }

  name(tag: number): string {
    const label = this.labelOf(tag);
    return label === undefined ? 'O' : `${this.isInside(tag) ? 'I' : 'B'}-${label}`;
  }

  /** Whether `next` may follow `previous` (-1: the start of a sentence). */
  allowed(previous: number, next: number): boolean {
    if (!this.isInside(next)) return true;
    return previous === next || previous === next - 1;
  }

  canEnd(): boolean {
    return true;
  }

  continues(tag: number): boolean {
    return this.isInside(tag);
  }

  closes(): boolean {
    return false;
  }

  spanPath(begin: number, length: number): number[] {
    return Array.from({ length: Math.max(1, length) }, (_, i) => (i === 0 ? begin : begin + 1));
  }

  /**
   * Tags of a token sequence from spans in code points: a span covers the tokens that start
   * inside it; spans of unknown labels, or overlapping an earlier span, are left out.
   */
  encode(tokens: readonly Token[], spans: readonly CodePointSpan[]): Int32Array {
    return encodeSpans(this, tokens, spans);
  }

  /** The spans a tag sequence spells (an I after something else starts a span). */
  decode(tags: ArrayLike<number>): TokenSpan[] {
    return decodeSpans(this, tags);
  }
}

/**
 * Tags of a token sequence from spans in code points, in a scheme's tags: a span covers the
 * tokens that start inside it; spans of unknown labels, or overlapping an earlier span, are
 * left out.
 */
export function encodeSpans(
  scheme: Pick<TagScheme, 'begin' | 'spanPath'>,
  tokens: readonly Token[],
  spans: readonly CodePointSpan[],
): Int32Array {
  const tags = new Int32Array(tokens.length);
  for (const span of spans) {
    const b = scheme.begin(span.label);
    if (b === undefined) continue;
    const covered: number[] = [];
    tokens.forEach((t, i) => {
      if (t.start >= span.start && t.start < span.end) covered.push(i);
    });
    if (covered.length === 0 || covered.some((i) => tags[i] !== 0)) continue;
    const path = scheme.spanPath(b, covered.length);
    covered.forEach((i, n) => (tags[i] = path[n] ?? 0));
  }
  return tags;
}

/**
 * The spans a tag sequence spells in a scheme's tags: a continuing tag after something else
 * starts a span, a span ends before anything that does not continue it or on a tag that
 * closes it.
 */
export function decodeSpans(
  scheme: Pick<TagScheme, 'labelOf' | 'continues' | 'closes'>,
  tags: ArrayLike<number>,
): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: { label: string; first: number } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? (tags[i] ?? 0) : 0;
    const label = scheme.labelOf(tag);
    const continues = open !== null && scheme.continues(tag) && label === open.label;
    if (!continues) {
      if (open) spans.push({ label: open.label, first: open.first, last: i - 1 });
      open = label === undefined ? null : { label, first: i };
    }
    if (open && scheme.closes(tag)) {
      spans.push({ label: open.label, first: open.first, last: i });
      open = null;
    }
  }
  return spans;
}

/** A span as the learner reads it: one extent in code points. */
export interface CodePointSpan {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}
