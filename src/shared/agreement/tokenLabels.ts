import { firstTokenEndingAfter, type Token } from '../text';
import type { LabeledSpan } from './labeledSpan';
import { itemAt } from '../collections';

/**
 * The label of each token, or null outside every span ('O' in IOB terms). A token
 * takes the label of the span fragment sharing the most code points with it; a tie
 * goes to the alphabetically first label, so span order never matters. `tokens` must
 * be sorted, as `tokenize` returns them.
 * @example tokenLabels(tokenize('Mike Pompeo said'), [span(0, 11, 'PER')]) → ['PER', 'PER', null]
 */
export function tokenLabels(
  tokens: readonly Token[],
  spans: readonly LabeledSpan[],
): (string | null)[] {
  const labels = new Array<string | null>(tokens.length).fill(null);
  const shared = new Array<number>(tokens.length).fill(0);
  for (const span of spans) {
    for (const fragment of span.fragments) {
      for (let i = firstTokenEndingAfter(tokens, fragment.start); i < tokens.length; i++) {
        const token = itemAt(tokens, i);
        if (token.start >= fragment.end) break;
        const overlap = Math.min(token.end, fragment.end) - Math.max(token.start, fragment.start);
        const best = itemAt(shared, i);
        const current = labels[i];
        if (overlap > best || (overlap === best && current != null && span.label < current)) {
          shared[i] = overlap;
          labels[i] = span.label;
        }
      }
    }
  }
  return labels;
}
