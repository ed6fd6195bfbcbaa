import type { Span } from '../../src/shared/model';
import { span } from './span';

/** Names of the demo articles and their labels: enough spans for the learner to suggest from. */
const NAMES: [RegExp, string][] = [
  [/\bIraq\b/gu, 'GPE'],
  [/\bMike Pompeo\b/gu, 'PERSON'],
  [/\bBaghdad\b/gu, 'GPE'],
  [/\bUnited States\b/gu, 'GPE'],
];

/** Every whole-word occurrence of the demo's names in `text`, as `author`'s spans (code points). */
export function demoNameSpans(text: string, author: string): Span[] {
  const out: Span[] = [];
  for (const [re, label] of NAMES) {
    for (const m of text.matchAll(re)) {
      const start = [...text.slice(0, m.index)].length;
      out.push(span(start, start + [...m[0]].length, label, `t${out.length}`, { author }));
    }
  }
  return out;
}
