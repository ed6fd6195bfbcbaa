import { itemAt } from '../../collections/itemAt';
import { coveredText, fitsAsUtf16, fragmentProblem, textMismatch } from '../common';
import type { AnnLine } from './annLine';
import type { AnnContext, SpanDraft } from './annContext';
import { replaceLineBreaks } from './splitAtLineBreaks';

type TextBound = Extract<AnnLine, { kind: 'T' }>;

/**
 * Checks a T line against the text (offsets in range, fragments apart, the text column
 * equal to the covered text) and adds its span to `ctx.spans`.
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
    if (t.text !== expected && t.text !== replaceLineBreaks(expected, ' ')) {
      return ctx.fail(
        t.line,
        `${t.id}: ${textMismatch(expected, t.text, fitsAsUtf16(ctx.text, t.fragments, t.text))}`,
      );
    }
  }
  const span: SpanDraft = { id: t.id, label: t.label, fragments };
  ctx.spans.set(t.id, span);
}
