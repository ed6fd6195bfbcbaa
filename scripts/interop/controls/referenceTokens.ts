/** A token of a reference file, with code point offsets. */
export interface ReferenceToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True for a run of whitespace kept as a token (spaCy's way with anything but one space). */
  readonly space: boolean;
}

const WHITESPACE = /\s/u;

/**
 * The simplest correct tokenization for a known answer: runs of non-whitespace cut at every
 * given offset (span edges), and the whitespace between them as separate runs, in order.
 * @example referenceTokens('U.S.-led  talks', [0, 4]).map((t) => t.text) → ['U.S.', '-led', '  ', 'talks']
 */
export function referenceTokens(text: string, cuts: readonly number[]): ReferenceToken[] {
  const chars = [...text];
  const cutAt = new Set(cuts);
  const tokens: ReferenceToken[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    const space = WHITESPACE.test(chars[start] as string);
    const ends =
      i === chars.length ||
      WHITESPACE.test(chars[i] as string) !== space ||
      (!space && cutAt.has(i));
    if (!ends) continue;
    tokens.push({ text: chars.slice(start, i).join(''), start, end: i, space });
    start = i;
  }
  return tokens;
}
