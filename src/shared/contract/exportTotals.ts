import type { ExportSummary } from './interchange';
import { countOf } from '../text/countOf';

/**
 * What an export wrote, as its headline says it: documents and spans, the relations when it
 * wrote some, and with `stances` the stances.
 * @example exportTotals({ documents: 1, spans: 39, relations: 23, stances: 0 }, { stances: true }) === '1 document, 39 spans, 23 relations, 0 stances'
 */
export function exportTotals(
  summary: Pick<ExportSummary, 'documents' | 'spans' | 'relations' | 'stances'>,
  options: { readonly stances?: boolean } = {},
): string {
  const totals = [countOf(summary.documents, 'document'), countOf(summary.spans, 'span')];
  if (summary.relations !== undefined && summary.relations > 0)
    totals.push(countOf(summary.relations, 'relation'));
  if (options.stances) totals.push(countOf(summary.stances, 'stance'));
  return totals.join(', ');
}
