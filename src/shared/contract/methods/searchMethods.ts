import { z } from 'zod';
import { idSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import { passageSchema, searchHitSchema } from '../schemas/searchSchemas';
import { documentRef } from './requestFields';

/** Text search and near-duplicate passages. */
export const searchMethods = {
  searchText: defineMethod({
    summary: 'Finds text in one document or the whole project, with keyword in context',
    kind: 'read',
    request: z
      .object({
        query: z.string().min(1).max(1000),
        scope: z.enum(['document', 'project']),
        documentId: idSchema.optional(),
        ignoreCase: z.boolean().optional(),
        wholeWord: z.boolean().optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    result: z.array(searchHitSchema),
    errors: ['not_found'],
  }),
  similarPassages: defineMethod({
    summary: "Passages in other documents like a span's text (the same quote, reworded)",
    kind: 'read',
    request: z.object({ ...documentRef, spanId: idSchema }).strict(),
    result: z.array(passageSchema),
    errors: ['not_found', 'no_annotator'],
  }),
} as const;
