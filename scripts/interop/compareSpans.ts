import type { GoldSpan } from './goldDocument';
import { showText } from './showText';
import { sliceCodePoints } from './sliceCodePoints';

/** A span as a reader saw it: label and code point offsets into the gold text. */
export interface ObservedSpan {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** How many gold spans a reader saw exactly, and every difference in words. */
export interface SpanComparison {
  readonly matched: number;
  readonly mismatches: string[];
}

/**
 * Compares what a reader saw with the gold spans of one document, as multisets of
 * (label, start, end). A missing gold span is shown beside a span that overlaps it (that took
 * its place); spans that explain nothing are listed as unexpected.
 * @example compareSpans('a', 'U.S.-led', [gpe(0, 4)], [{ label: 'GPE', start: 0, end: 8 }]).mismatches → ['a: expected GPE [0,4) "U.S." got GPE [0,8) "U.S.-led"']
 */
export function compareSpans(
  doc: string,
  text: string,
  gold: readonly GoldSpan[],
  got: readonly ObservedSpan[],
): SpanComparison {
  const left = [...got];
  const missing: GoldSpan[] = [];
  for (const g of gold) {
    const i = left.findIndex((o) => o.label === g.label && o.start === g.start && o.end === g.end);
    if (i === -1) missing.push(g);
    else left.splice(i, 1);
  }
  const mismatches: string[] = [];
  const explaining = new Set<ObservedSpan>();
  for (const g of missing) {
    const instead = left.find((o) => o.start < g.end && g.start < o.end);
    if (instead) explaining.add(instead);
    const got = instead ? `got ${describe(text, instead)}` : '— missing';
    mismatches.push(`${doc}: expected ${describe(text, g)} ${got}`);
  }
  for (const o of left)
    if (!explaining.has(o)) mismatches.push(`${doc}: unexpected ${describe(text, o)}`);
  return { matched: gold.length - missing.length, mismatches };
}

/** `GPE [52,56) "U.S."` */
function describe(text: string, span: ObservedSpan): string {
  return `${span.label} [${span.start},${span.end}) ${showText(sliceCodePoints(text, span.start, span.end))}`;
}
