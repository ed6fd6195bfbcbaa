import type { Span } from '../../../src/shared/model';
import { itemAt } from '../../../src/shared/collections';
import { fragmentOf, type Fragment } from '../../../src/shared/spans';
import type { GeneratedWord } from './generateText';
import type { Random } from './random';

export const LABELS = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT'] as const;
const STAMP = '2020-01-10T12:00:00.000Z';

/** Spans over whole words: `count` that do not overlap each other (1% discontinuous), then `overlapping` that each overlap one of them. */
export function generateSpans(
  random: Random,
  words: readonly GeneratedWord[],
  count: number,
  overlapping: number,
  prefix = 's',
): Span[] {
  const spans: Span[] = [];
  const stride = Math.max(1, Math.floor(words.length / Math.max(1, count)));
  for (let i = 0; i < count; i++) {
    const first = i * stride;
    const length = Math.min(random.int(1, 3), stride);
    const a = words[first];
    const b = words[Math.min(first + length - 1, words.length - 1)];
    if (!a || !b) break;
    const gapEnd = words[first + length + 1];
    const discontinuous = stride > length + 2 && gapEnd !== undefined && random.next() < 0.01;
    const fragments = discontinuous
      ? [fragmentOf(a.start, b.end), fragmentOf(gapEnd.start, gapEnd.end)]
      : [fragmentOf(a.start, b.end)];
    spans.push(span(`${prefix}${i}`, random.pick(LABELS), fragments));
  }
  for (let i = 0; i < overlapping; i++) {
    const base = itemAt(spans, random.int(0, count - 1));
    const start = itemAt(base.fragments, 0).start;
    const at = firstWordAtOrAfter(words, start);
    const from = words[Math.max(0, at + random.int(-1, 1))];
    const to = words[Math.min(words.length - 1, at + random.int(1, 4))];
    if (!from || !to || to.end <= from.start) continue;
    spans.push(span(`${prefix}o${i}`, random.pick(LABELS), [fragmentOf(from.start, to.end)]));
  }
  return spans;
}

function firstWordAtOrAfter(words: readonly GeneratedWord[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as GeneratedWord).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function span(id: string, label: string, fragments: Fragment[]): Span {
  return { id, label, fragments, author: 'bench', createdAt: STAMP, updatedAt: STAMP };
}
