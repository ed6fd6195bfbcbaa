/** Code point offsets of each token in the text (undefined where it is not found), and problems. */
export interface TokenAlignment {
  readonly offsets: readonly ({ readonly start: number; readonly end: number } | undefined)[];
  readonly problems: readonly string[];
}

/**
 * Places tokens (CoNLL or Hugging Face words, which carry no offsets) on the text, left to
 * right, skipping whitespace between them. A token found only further on (text dropped) or
 * not at all is a problem, so entity offsets can be compared exactly with the gold.
 * @example alignTokens('U.S.-led  plan', ['U.S.', '-', 'led', 'plan']).offsets → [{0,4}, {4,5}, {5,8}, {10,14}]
 */
export function alignTokens(text: string, tokens: readonly string[]): TokenAlignment {
  const chars = [...text];
  const offsets: ({ start: number; end: number } | undefined)[] = [];
  const problems: string[] = [];
  let at = 0;
  for (const token of tokens) {
    const want = [...token];
    while (at < chars.length && /\s/u.test(chars[at] as string) && !startsAt(chars, want, at)) at++;
    if (want.length > 0 && startsAt(chars, want, at)) {
      offsets.push({ start: at, end: at + want.length });
      at += want.length;
      continue;
    }
    const later = find(chars, want, at);
    if (want.length === 0 || later === -1) {
      problems.push(`token ${JSON.stringify(token)} is not in the text after code point ${at}`);
      offsets.push(undefined);
      continue;
    }
    problems.push(
      `text ${JSON.stringify(chars.slice(at, later).join(''))} at ${at} is in no token`,
    );
    offsets.push({ start: later, end: later + want.length });
    at = later + want.length;
  }
  return { offsets, problems };
}

function startsAt(chars: readonly string[], want: readonly string[], at: number): boolean {
  return want.length > 0 && want.every((c, k) => chars[at + k] === c);
}

function find(chars: readonly string[], want: readonly string[], from: number): number {
  for (let i = from; i + want.length <= chars.length; i++) if (startsAt(chars, want, i)) return i;
  return -1;
}
