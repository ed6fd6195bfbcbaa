import type { ImportSummary } from './interchange';
import { countOf } from '../text/countOf';

/** How many annotators an import's words name before they say the rest is left out. */
const NAMED = 5;

/**
 * The documents an import writes into, each once however many layers it brings (the project
 * lists a Label Studio task's annotation and its predictions as one document).
 * @example importedDocumentCount({ documentCounts: { added: 1, newVersions: 0, alreadyPresent: 2 } }) === 3
 */
export function importedDocumentCount(summary: Pick<ImportSummary, 'documentCounts'>): number {
  const counts = summary.documentCounts;
  return counts.added + counts.newVersions + counts.alreadyPresent;
}

/**
 * The layers an import writes into (one annotator's annotations of one document), and their
 * annotators in the order first met, a model's named as one.
 * @example importedLayers(summary) → { count: 2, names: ['lena', 'model gpt-x'] }
 */
export function importedLayers(summary: Pick<ImportSummary, 'documents'>): {
  readonly count: number;
  readonly names: readonly string[];
} {
  const layers = new Set<string>();
  const names = new Set<string>();
  for (const d of summary.documents) {
    if (d.annotator === '') continue;
    layers.add(JSON.stringify([d.documentId, d.annotator]));
    names.add(d.machine ? `model ${d.annotator}` : d.annotator);
  }
  return { count: layers.size, names: [...names] };
}

/**
 * The documents an import writes into, as a person counts them, and its layers where a
 * document gets more than one.
 * @example importedDocumentsInWords(summary) === '1 document, 2 layers (lena, model gpt-x)'
 */
export function importedDocumentsInWords(
  summary: Pick<ImportSummary, 'documents' | 'documentCounts'>,
): string {
  const documents = importedDocumentCount(summary);
  const layers = importedLayers(summary);
  const said = countOf(documents, 'document');
  if (layers.count <= documents) return said;
  const names = layers.names.slice(0, NAMED).join(', ');
  const more = layers.names.length > NAMED ? ', …' : '';
  return `${said}, ${countOf(layers.count, 'layer')} (${names}${more})`;
}

/** How many skipped files or records an import's words name; the rest are counted. */
const SKIPPED_NAMED = 3;

/**
 * What "Skip invalid" left out of an import, as said and shown after its counts: each file (and
 * line) by name, up to three, then how many more; '' when nothing was skipped.
 * @example skippedInWords({ skipped: [{ file: 'b.jsonl', reason: '…' }] }) === 'Skipped as invalid: b.jsonl.'
 */
export function skippedInWords(summary: Pick<ImportSummary, 'skipped'>): string {
  const skipped = summary.skipped.map(
    (s) => `${s.file}${s.line === undefined ? '' : `:${s.line}`}`,
  );
  if (skipped.length === 0) return '';
  const more = skipped.length - SKIPPED_NAMED;
  return `Skipped as invalid: ${skipped.slice(0, SKIPPED_NAMED).join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}
