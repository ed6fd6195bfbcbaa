import type { z } from 'zod';
import { ownJson } from './ownJson';
import { ownRecord } from './ownRecord';

/**
 * Fields a source file kept beside a document's text (doccano's `id`, `doc_id`, `meta`;
 * Label Studio's task `id`, `meta` and other `data` fields), written back on export.
 * @example { doc_id: 17, meta: { source: 'wire' } }
 */
export const documentMetadataSchema = ownRecord(ownJson);
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
