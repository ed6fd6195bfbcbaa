import { itemAt } from '../collections/itemAt';
import type { Fragment } from '../spans/fragment';
import type { CodePointOffset } from '../spans/offsets';
import { firstTokenEndingAfter } from './firstTokenEndingAfter';
import type { Token } from './token';

/** An English possessive or contraction clitic: "'s", "’s", "'", "’". */
const CLITIC = /^['’][sS]?$/u;

/** Where a token ends for a selection that stops inside it: before a trailing clitic the selection left out. */
function endWithin(token: Token, selectionEnd: CodePointOffset): CodePointOffset {
  if (selectionEnd >= token.end || selectionEnd <= token.start) return token.end;
  const rest = [...token.text].slice(selectionEnd - token.start).join('');
  return CLITIC.test(rest) ? selectionEnd : token.end;
}

/**
 * Widens a selection to the tokens it touches and trims outer whitespace; a selection
 * touching no token is returned trimmed to nothing (null). A possessive clitic the
 * selection stops just before ("Abdul-Mahdi|’s") stays out. `tokens` must be sorted.
 * @example snapToWords(tokenize('Mike Pompeo'), {start: 2, end: 7}) → {start: 0, end: 11}
 */
export function snapToWords(tokens: readonly Token[], selection: Fragment): Fragment | null {
  const lo = firstTokenEndingAfter(tokens, selection.start);
  let first: Token | null = null;
  let end = selection.end;
  for (let i = lo; i < tokens.length; i++) {
    const token = itemAt(tokens, i);
    if (token.start >= selection.end) break;
    first ??= token;
    end = endWithin(token, selection.end);
  }
  return first ? { start: first.start, end } : null;
}
