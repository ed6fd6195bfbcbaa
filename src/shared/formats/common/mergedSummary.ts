import { ADJUSTED_NAMED } from './tally';
import type { AdjustedSpan } from './tally';
import type { WriteResult, WriteSummary } from './format';

/**
 * One summary of several writes of one export (a split's parts, the files written back):
 * counts added, reasons counted together, the first adjusted spans named; `documents` when
 * given, else the parts' documents added.
 * @example mergedSummary([a, b]).spans === a.summary.spans + b.summary.spans
 */
export function mergedSummary(results: readonly WriteResult[], documents?: number): WriteSummary {
  const notExpressed: Record<string, number> = {};
  const notes: Record<string, number> = {};
  const adjusted: AdjustedSpan[] = [];
  let [written, spans, stances, relations, adjustedTotal] = [0, 0, 0, 0, 0];
  for (const { summary } of results) {
    written += summary.documents;
    spans += summary.spans;
    stances += summary.stances;
    relations += summary.relations ?? 0;
    for (const [reason, count] of Object.entries(summary.notExpressed))
      notExpressed[reason] = (notExpressed[reason] ?? 0) + count;
    for (const [reason, count] of Object.entries(summary.notes ?? {}))
      notes[reason] = (notes[reason] ?? 0) + count;
    adjusted.push(...(summary.adjusted ?? []));
    adjustedTotal += summary.adjustedTotal ?? 0;
  }
  return {
    documents: documents ?? written,
    spans,
    stances,
    ...(relations > 0 ? { relations } : {}),
    notExpressed,
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
    ...(results.some((r) => r.summary.adjustedTotal !== undefined)
      ? { adjusted: adjusted.slice(0, ADJUSTED_NAMED), adjustedTotal }
      : {}),
  };
}
