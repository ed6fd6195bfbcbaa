import { itemAt } from '../../collections/itemAt';
import { coveredText, fitsAsUtf16, fragmentProblem, textMismatch } from '../common';
import type { AnnLine } from './annLine';
import { listedFragments } from './fragmentOrders';
import type { AnnContext, SpanDraft } from './annContext';
import { replaceLineBreaks } from './splitAtLineBreaks';

type TextBound = Extract<AnnLine, { kind: 'T' }>;

/**
 * Checks a T line against the text (offsets in range, fragments apart, the text column
 * equal to the covered text) and adds its span to `ctx.spans`, its fragments in text order
 * (a list out of that order is kept as read in `ctx.fragmentOrders`).
 * @example readSpan(ctx, { kind: 'T', id: 'T1', label: 'ORG', fragments: [{start:0,end:3}], text: 'IBM', line: 1 })
 */
export function readSpan(ctx: AnnContext, t: TextBound): void {
  for (const f of t.fragments) {
    const problem = fragmentProblem(f.start, f.end, ctx.index.codePointLength);
    if (problem) return ctx.fail(t.line, `${t.id}: ${problem}`);
  }
  const fragments = [...t.fragments].sort((a, b) => a.start - b.start);
  for (let i = 1; i < fragments.length; i++) {
    const a = itemAt(fragments, i - 1);
    const b = itemAt(fragments, i);
    if (b.start < a.end)
      return ctx.fail(
        t.line,
        `${t.id}: fragments ${a.start}-${a.end} and ${b.start}-${b.end} overlap`,
      );
  }
  if (t.text !== undefined) {
    const expected = coveredText(ctx.text, ctx.index, t.fragments);
    if (t.text !== expected) ctx.writtenOtherwise.add(t.line);
    if (sameBarWhiteSpace(t.text, expected) && !columnMatches(t.text, expected))
      ctx.warn(
        t.line,
        `${t.id}: its text ${JSON.stringify(t.text)} differs from the document's ${JSON.stringify(expected)} in white space only (the BioNLP Shared Task 2016 writes fragments so); read by its offsets`,
      );
    else if (!columnMatches(t.text, expected)) {
      return ctx.fail(
        t.line,
        `${t.id}: ${textMismatch(expected, t.text, fitsAsUtf16(ctx.text, t.fragments, t.text))}`,
      );
    }
  }
  // Loupe holds fragments in text order; the order read is kept for the writer.
  if (fragments.some((f, i) => f !== t.fragments[i]))
    ctx.fragmentOrders.push(listedFragments(t.fragments));
  const span: SpanDraft = { id: t.id, label: t.label, fragments };
  ctx.spans.set(t.id, span);
}

/**
 * Whether a T line's text column is the covered text: as it is, with its line breaks as
 * spaces, or followed by a tab and whitespace only (brat reads the text up to the covered
 * length and keeps the rest as a tail; brat 1.3 wrote such tails, e.g. the Argument
 * Annotated Essays corpus).
 */
function columnMatches(column: string, expected: string): boolean {
  for (const covered of [expected, replaceLineBreaks(expected, ' ')]) {
    if (column === covered) return true;
    const tail = column.startsWith(covered) ? column.slice(covered.length) : '';
    if (tail.startsWith('\t') && tail.trim() === '') return true;
  }
  return false;
}

/**
 * Whether a text column is the covered text with each run of white space as one space and
 * none at either end, as SeeDev (BioNLP Shared Task 2016) writes it: `for lipids` for the
 * fragments `for ` and `lipids`, which brat joins with a space.
 */
function sameBarWhiteSpace(column: string, expected: string): boolean {
  const squeezed = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return squeezed(column) === squeezed(expected);
}
