import { setOwn } from '../../collections';
import type { DocumentMetadata } from '../../model';

/**
 * Whether a metadata key is a field of the source file, written back as one, rather than
 * what one format keeps for itself under a `$` key (Label Studio's `$labelstudio`).
 * @example isFileField('doc_id') === true && isFileField('$labelstudio') === false
 */
export function isFileField(key: string): boolean {
  return !key.startsWith('$');
}

/**
 * The metadata a writer writes back as the record's fields: all but what a format keeps for itself.
 * @example fileFields({ doc_id: 3, $labelstudio: {} }) → { doc_id: 3 }
 */
export function fileFields(metadata: DocumentMetadata | undefined): DocumentMetadata {
  const fields: DocumentMetadata = {};
  for (const [key, value] of Object.entries(metadata ?? {}))
    if (isFileField(key)) setOwn(fields, key, value);
  return fields;
}
