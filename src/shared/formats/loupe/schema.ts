import { z } from 'zod';
import {
  documentMetadataSchema,
  documentStatusSchema,
  entitySchema,
  equivalenceSchema,
  eventSchema,
  FORMAT_VERSION,
  ownRecord,
  relationSchema,
  spanSchema,
  stanceSchema,
  textHashSchema,
  timestampSchema,
} from '../../model';

const provenance = { id: true, author: true, createdAt: true, updatedAt: true } as const;

/** One document of a Loupe file: its text and one annotator's layer. */
export const loupeDocumentSchema = z.strictObject({
  name: z.string().min(1),
  text: z.string(),
  textHash: textHashSchema.optional(),
  annotator: z.string().min(1).optional(),
  status: documentStatusSchema.optional(),
  updatedAt: timestampSchema.optional(),
  documentLabels: ownRecord(z.string()).default({}),
  spans: z.array(spanSchema.partial(provenance)).default([]),
  relations: z.array(relationSchema.partial({ id: true })).default([]),
  stances: z.array(stanceSchema.partial(provenance)).default([]),
  events: z.array(eventSchema).optional(),
  equivalences: z.array(equivalenceSchema).optional(),
  metadata: documentMetadataSchema.optional(),
});

/**
 * A Loupe file: lossless JSON of documents, layers and the entities they link to.
 * @example { format: 'loupe', formatVersion: 1, entities: [], documents: [{ name: 'a', text: 'IBM', spans: [], … }] }
 */
export const loupeFileSchema = z.strictObject({
  format: z.literal('loupe'),
  formatVersion: z.literal(FORMAT_VERSION),
  entities: z.array(entitySchema).default([]),
  documents: z.array(loupeDocumentSchema),
});
export type LoupeFile = z.infer<typeof loupeFileSchema>;
export type LoupeFileDocument = z.infer<typeof loupeDocumentSchema>;
