import { itemAt } from '../collections/itemAt';
import type { CodePointOffset } from '../spans/offsets';
import { tokenize } from '../text/tokenize';
import type { Token } from '../text/token';

/** A passage of a text that nearly repeats a given one. */
export interface SimilarPassage {
  readonly start: CodePointOffset;
  readonly end: CodePointOffset;
  /** 0..1: the share of the quote's words found in order (longest common subsequence). */
  readonly similarity: number;
}

function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`"“”«»]/g, '');
}

function words(tokens: readonly Token[]): { token: Token; key: string }[] {
  return tokens
    .map((token) => ({ token, key: normalizeWord(token.text) }))
    .filter((w) => /[\p{L}\p{N}]/u.test(w.key));
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1]
          ? itemAt(previous, j - 1) + 1
          : Math.max(itemAt(previous, j), itemAt(current, j - 1));
    }
    previous = current;
  }
  return itemAt(previous, b.length);
}

/**
 * Passages of `text` that repeat `quote` nearly word for word (case, punctuation, quote
 * marks and small edits ignored), best first, not overlapping.
 * @example similarPassages('He said: "a force for good".', 'a force for good')[0].similarity === 1
 */
export function similarPassages(text: string, quote: string, threshold = 0.8): SimilarPassage[] {
  const q = words(tokenize(quote)).map((w) => w.key);
  if (q.length === 0) return [];
  const t = words(tokenize(text));
  const keys = t.map((w) => w.key);
  const qSet = new Set(q);
  const candidates: SimilarPassage[] = [];
  const slack = Math.max(1, Math.ceil(q.length * 0.25));
  for (let i = 0; i < t.length; i++) {
    if (!qSet.has(itemAt(keys, i))) continue;
    let best: SimilarPassage | null = null;
    for (
      let length = Math.max(1, q.length - slack);
      length <= q.length + slack && i + length <= t.length;
      length++
    ) {
      const window = keys.slice(i, i + length);
      if (window[window.length - 1] === undefined || !qSet.has(itemAt(window, window.length - 1)))
        continue;
      const common = lcs(q, window);
      const similarity = (2 * common) / (q.length + window.length);
      if (similarity >= threshold && (!best || similarity > best.similarity)) {
        best = {
          start: itemAt(t, i).token.start,
          end: itemAt(t, i + length - 1).token.end,
          similarity,
        };
      }
    }
    if (best) candidates.push(best);
  }
  candidates.sort((a, b) => b.similarity - a.similarity || a.start - b.start);
  const chosen: SimilarPassage[] = [];
  for (const c of candidates)
    if (!chosen.some((o) => c.start < o.end && o.start < c.end)) chosen.push(c);
  return chosen;
}
