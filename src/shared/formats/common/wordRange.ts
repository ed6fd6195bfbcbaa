import type { SpacyTokens } from '../../text';

/**
 * The word tokens a span `[start, end)` (code points) covers: the first token starting at
 * or after `start` to the last ending at or before `end`, whitespace tokens left out at both
 * ends (spaCy's `char_span(alignment_mode="contract")` without the whitespace). A span edge
 * on a space the tokenizer folded into the token before, or on a whitespace token, moves to
 * the nearest word inside the span; `null` when the span holds no word.
 * @example wordRange(spacyEnglishTokens('Iraq is'), 0, 5) → [0, 0] // 'Iraq ' is the word Iraq
 */
export function wordRange(
  tokens: SpacyTokens,
  start: number,
  end: number,
): readonly [number, number] | null {
  let first = firstAbove(tokens.start, start - 1);
  let last = firstAbove(tokens.end, end) - 1;
  while (first <= last && tokens.isSpace[first] === 1) first++;
  while (last >= first && tokens.isSpace[last] === 1) last--;
  return first > last ? null : [first, last];
}

/** Index of the first entry > value in a sorted array (its length if none). */
function firstAbove(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
