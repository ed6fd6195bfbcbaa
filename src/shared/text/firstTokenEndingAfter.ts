import type { Token } from './token';
import { itemAt } from '../collections';

/**
 * Index of the first token ending after code point `at` (tokens.length if none), by binary
 * search; `tokens` are sorted and disjoint.
 * @example firstTokenEndingAfter(tokenize('Mike Pompeo'), 4) === 1
 */
export function firstTokenEndingAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (itemAt(tokens, mid).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
