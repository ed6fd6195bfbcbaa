/** A span of the known answer: brat id, label and code point offsets `[start, end)`. */
export interface GoldSpan {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** What `text[start:end]` is in Python; checked against the text before any run. */
  readonly text: string;
}

/** A stance of the known answer: evidence is the `Stance` trigger span. */
export interface GoldStance {
  readonly id: string;
  readonly evidence: string;
  readonly holder: string;
  readonly target: { readonly topic: string } | { readonly span: string };
  readonly polarity: string;
}

/**
 * One hard-case document: its exact text, the spans and stances Loupe must carry into
 * every export, and further brat lines (A, R, N, *, #) only the brat round trip compares.
 */
export interface GoldDocument {
  readonly name: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  readonly stances: readonly GoldStance[];
  readonly bratLines: readonly string[];
}
