import type { ImportedDocument } from './interchange';
import { countOf } from '../text/countOf';

/** How many files an import's words name before they count the rest. */
const SHOWN = 10;

/**
 * Where an import's documents were read from, a line per file when they came from more than
 * one, each document once however many layers it brings.
 * @example documentsBySource(documents) → ['3 documents from en/train.conll', '1 document from en/dev.conll']
 */
export function documentsBySource(documents: readonly ImportedDocument[]): string[] {
  const bySource = new Map<string, Set<string>>();
  for (const d of documents) {
    if (d.source === undefined) continue;
    bySource.set(d.source, (bySource.get(d.source) ?? new Set<string>()).add(d.documentId));
  }
  if (bySource.size < 2) return [];
  const lines = [...bySource]
    .slice(0, SHOWN)
    .map(([source, ids]) => `${countOf(ids.size, 'document')} from ${source}`);
  if (bySource.size > SHOWN) lines.push(`and ${countOf(bySource.size - SHOWN, 'more file')}`);
  return lines;
}
