import type { Span } from '../../../shared/model';
import { createOffsetIndex, type OffsetIndex } from '../../../shared/spans';

let cached: { text: string; index: OffsetIndex } | null = null;

/** The text a span covers, its fragments joined by " … ". */
export function spanText(text: string, span: Pick<Span, 'fragments'>): string {
  if (cached?.text !== text) cached = { text, index: createOffsetIndex(text) };
  const { index } = cached;
  return span.fragments
    .map((f) => text.slice(index.toUtf16(f.start), index.toUtf16(f.end)))
    .join(' … ');
}
