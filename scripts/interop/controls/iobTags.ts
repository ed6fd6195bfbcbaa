import type { GoldSpan } from '../goldDocument';
import type { ReferenceToken } from './referenceTokens';

/**
 * IOB2 tags of the word tokens (whitespace runs left out) for non-overlapping spans whose
 * edges are token edges: `B-X` on a span's first token, `I-X` on the rest, `O` elsewhere.
 * @example iobTags(tokens('Iraq Iran talks'), [gpe(0, 4), gpe(5, 9)]) → ['B-GPE', 'B-GPE', 'O']
 */
export function iobTags(tokens: readonly ReferenceToken[], spans: readonly GoldSpan[]): string[] {
  return tokens
    .filter((t) => !t.space)
    .map((t) => {
      const span = spans.find((s) => s.start <= t.start && t.end <= s.end);
      if (!span) return 'O';
      return `${t.start === span.start ? 'B' : 'I'}-${span.label}`;
    });
}
