import { firstAbove } from '../../text';
import type { SpacyTokens } from '../../text';

/**
 * The word tokens a span `[start, end)` (code points) covers: the first token starting at
 * or after `start` to the last ending at or before `end`, whitespace tokens left out at both
 * ends (spaCy's `char_span(alignment_mode="contract")` without the whitespace). A span edge
 * on a space the tokenizer folded into the token before, or on a whitespace token, moves to
 * the nearest word inside the span; `null` when the span holds no word. `hint` (a token
 * index near the span, as the previous span's first token) makes a run of lookups in text order cheap.
 * @example wordRange(spacyEnglishTokens('Iraq is'), 0, 5) → [0, 0] // 'Iraq ' is the word Iraq
 */
export function wordRange(
  tokens: SpacyTokens,
  start: number,
  end: number,
  hint = 0,
): readonly [number, number] | null {
  const search = firstAbove; // read once: under a CommonJS build (tsx) each use would call an export getter
  let first = search(tokens.start, start - 1, tokens.count, hint);
  let last = search(tokens.end, end, tokens.count, first) - 1;
  while (first <= last && tokens.isSpace[first] === 1) first++;
  while (last >= first && tokens.isSpace[last] === 1) last--;
  return first > last ? null : [first, last];
}
