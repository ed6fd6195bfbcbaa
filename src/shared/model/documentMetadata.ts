import { z } from 'zod';

/**
 * Fields a source file kept beside a document's text (doccano's `id`, `doc_id`, `meta`;
 * Label Studio's task `id`, `meta` and other `data` fields), written back on export.
 * @example { doc_id: 17, meta: { source: 'wire' } }
 */
export const documentMetadataSchema = z.record(z.string(), z.json());
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
