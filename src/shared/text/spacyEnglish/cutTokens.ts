import { resplitTokens } from './spacyTokens';
import type { SpacyTokens, TokenResplit } from './spacyTokens';
import { itemAt } from '../../collections';

/** UTF-16 length of the first `cps` code points of text from `at16`. */
function unitsOf(text: string, at16: number, cps: number): number {
  let i = at16;
  for (let k = 0; k < cps; k++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i - at16;
}

/**
 * The tokens cut at every edge (a code point offset) that falls strictly inside one, so
 * every span edge is a token edge: `Baghdad’s` stays two tokens, `U.S.-led` with a span
 * on `U.S.` becomes `U.S.` and `-led`. `edges` need not be sorted or unique.
 * @example cutTokens('U.S.-led', spacyEnglishTokens('U.S.-led'), [4]) // U.S., -led
 */
export function cutTokens(
  text: string,
  tokens: SpacyTokens,
  edges: ArrayLike<number>,
): SpacyTokens {
  const sorted = Int32Array.from(edges).sort();
  const resplits: TokenResplit[] = [];
  let e = 0;
  for (let i = 0; i < tokens.count && e < sorted.length; i++) {
    const start = itemAt(tokens.start, i);
    const end = itemAt(tokens.end, i);
    while (e < sorted.length && itemAt(sorted, e) <= start) e++;
    if (e >= sorted.length || itemAt(sorted, e) >= end) continue;
    const pieces: number[] = [];
    let at = start;
    let at16 = itemAt(tokens.start16, i);
    for (; e < sorted.length && itemAt(sorted, e) < end; e++) {
      const edge = itemAt(sorted, e);
      if (edge === at) continue;
      const units = unitsOf(text, at16, edge - at);
      pieces.push(units);
      at16 += units;
      at = edge;
    }
    pieces.push(itemAt(tokens.end16, i) - at16);
    resplits.push({ start: i, end: i + 1, pieces });
  }
  return resplitTokens(text, tokens, resplits);
}
