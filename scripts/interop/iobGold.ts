import type { GoldDocument, GoldSpan } from './goldDocument';

/** The entity labels IOB exports are checked on: none of them overlap in the hard cases. */
export const IOB_LABELS: readonly string[] = ['PERSON', 'ORG', 'GPE'];

/**
 * The spans an IOB export (CoNLL, Hugging Face) must carry: the entity labels only, so
 * the stance evidence that overlaps them is out, in text order.
 * @example iobGold(doc).map((s) => s.label) → ['GPE', 'ORG', 'GPE', …]
 */
export function iobGold(doc: GoldDocument): GoldSpan[] {
  return doc.spans
    .filter((s) => IOB_LABELS.includes(s.label))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
