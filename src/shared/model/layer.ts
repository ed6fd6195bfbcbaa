import { z } from 'zod';
import { keptObject } from './keptObject';
import { ownRecord } from './ownRecord';
import { FORMAT_VERSION, idSchema, timestampSchema } from './ids';
import { textHashSchema } from './document';
import { codePointOffsetSchema, relationSchema, spanSchema } from './span';
import { stanceSchema } from './stance';
import { eventSchema } from './event';
import { equivalenceSchema } from './equivalence';
import { documentMetadataSchema } from './documentMetadata';
import { rejectionSchema } from './rejection';

export const documentStatusSchema = z.enum(['todo', 'in_progress', 'done']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** Where a dismissed known-name suggestion was (code points, end exclusive). @example { start: 4, end: 9 } */
export const dismissedNameSchema = keptObject({
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
});
export type DismissedName = z.infer<typeof dismissedNameSchema>;

/**
 * One annotator's annotations of one document, with its status.
 * @example { formatVersion: 1, documentId: 'd1', annotator: 'amira', status: 'todo', spans: [], … }
 */
export const layerSchema = keptObject({
  formatVersion: z.literal(FORMAT_VERSION),
  documentId: idSchema,
  textHash: textHashSchema,
  annotator: z.string().min(1),
  status: documentStatusSchema,
  spans: z.array(spanSchema),
  relations: z.array(relationSchema).default([]),
  stances: z.array(stanceSchema).default([]),
  /** Events and equivalence sets (brat E and * lines); older layers have none. */
  events: z.array(eventSchema).optional(),
  equivalences: z.array(equivalenceSchema).optional(),
  documentLabels: ownRecord(z.string()).default({}),
  /** What the source file kept beside the text (doccano meta, Label Studio data fields). */
  metadata: documentMetadataSchema.optional(),
  /** Known-name suggestions the annotator dismissed in this document, by offsets: not offered again. */
  dismissedNames: z.array(dismissedNameSchema).optional(),
  /** Gold only: annotators' spans and stances rejected in review; older layers have none. */
  rejected: z.array(rejectionSchema).optional(),
  updatedAt: timestampSchema.optional(),
});
export type Layer = z.infer<typeof layerSchema>;

/** An empty layer for a document. */
export function emptyLayer(documentId: string, textHash: string, annotator: string): Layer {
  return {
    formatVersion: FORMAT_VERSION,
    documentId,
    textHash,
    annotator,
    status: 'todo',
    spans: [],
    relations: [],
    stances: [],
    documentLabels: {},
  };
}
