import type { ImportedDocument } from './interchange';

/**
 * What an import's summary says of a document whose text an earlier one of the batch already
 * has, after its name: the same record twice (two annotations of one Label Studio task landing
 * in one layer) or another name (identity is name plus text, so it stays apart). Null when its
 * text is its own. The CLI and the app's import list say it alike.
 * @example sameTextNote({ name: 'a', sameTextAs: 'a', documentId: 'a-2' }) === 'came twice with the same text; the second is kept as its own document, a-2'
 */
export function sameTextNote(
  d: Pick<ImportedDocument, 'name' | 'sameTextAs' | 'documentId'>,
): string | null {
  if (d.sameTextAs === undefined || d.sameTextAs === '') return null;
  return d.sameTextAs === d.name
    ? `came twice with the same text; the second is kept as its own document, ${d.documentId}`
    : `has the same text as ${d.sameTextAs} (kept as its own document)`;
}
