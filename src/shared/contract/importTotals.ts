import type { ImportSummary } from './interchange';
import { countOf } from '../text/countOf';

/** The row of an import's per-kind counts that tallies document labels. */
const DOCUMENT_LABELS = 'document labels';

/**
 * The annotations an import adds, as its headline says them: spans, relations and stances; with
 * `events`, events when it adds any; and document labels whenever the files held some (a
 * classification import adds labels, not spans, so its headline must not read as empty).
 * @example importTotals(summary) === '0 spans, 0 relations, 0 stances, 3 document labels'
 */
export function importTotals(
  summary: ImportSummary,
  options: { readonly events?: boolean } = {},
): string {
  const totals = [
    countOf(summary.spans, 'span'),
    countOf(summary.relations, 'relation'),
    countOf(summary.stances, 'stance'),
  ];
  if (options.events && summary.events > 0) totals.push(countOf(summary.events, 'event'));
  const labels = summary.kinds.find((k) => k.kind === DOCUMENT_LABELS);
  if (labels && labels.read > 0) totals.push(countOf(labels.imported, 'document label'));
  return totals.join(', ');
}

/**
 * The format an import read, as its headline names it: the format, and what its files held
 * when that is not the format's own files.
 * @example importedFormat({ format: 'xmi', readAs: 'WebAnno TSV 3 in an INCEpTION project export', … }) === 'xmi: WebAnno TSV 3 in an INCEpTION project export'
 */
export function importedFormat(summary: Pick<ImportSummary, 'format' | 'readAs'>): string {
  return summary.readAs === undefined ? summary.format : `${summary.format}: ${summary.readAs}`;
}
