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

/** Applies A/M lines that target spans; a second value of one attribute on one span is an error. */
export function readSpanAttribute(
  ctx: AnnContext,
  a: Extract<AnnLine, { kind: 'A' }>,
  seen: Map<string, string>,
): void {
  const span = ctx.spans.get(a.target);
  if (!span) return;
  const key = `${a.target}\u0000${a.name}`;
  const first = seen.get(key);
  if (first)
    return ctx.fail(a.line, `${a.id}: ${a.target} already has attribute ${a.name} (${first})`);
  seen.set(key, a.id);
  span.attributes = { ...span.attributes, [a.name]: a.value };
}

/** Applies an AnnotatorNotes line to its span; several notes are joined by a line break. */
export function readSpanNote(ctx: AnnContext, n: Extract<AnnLine, { kind: '#' }>): void {
  const span = ctx.spans.get(n.target);
  if (!span) return;
  span.note = span.note === undefined ? n.note : `${span.note}\n${n.note}`;
}
