import {
  importedDocumentCount,
  importedDocumentsInWords,
  importedFormat,
  importTotals,
  skippedInWords,
  type ImportSummary,
} from '../../../../shared/contract';
import { countOf } from '../../ui/countOf';

/**
 * What a screen reader hears once the chosen files are read: what the import would bring, what
 * "Skip invalid" leaves out (shown in red under the counts, so said too), and that it can go.
 * @example importPreviewSaid(summary) === 'Preview ready, spans-jsonl: 1 document, 1 span, 0 relations, 0 stances. Skipped as invalid: bad.jsonl. Import 1 document is the last button.'
 */
export function importPreviewSaid(summary: ImportSummary): string {
  const documents = countOf(importedDocumentCount(summary), 'document');
  const counts = `${importedDocumentsInWords(summary)}, ${importTotals(summary, { events: true })}`;
  const skipped = skippedInWords(summary);
  const left = skipped === '' ? '' : ` ${skipped}`;
  return `Preview ready, ${importedFormat(summary)}: ${counts}.${left} Import ${documents} is the last button.`;
}
