import { z } from 'zod';
import { documentStatusSchema, idSchema } from '../model';
import { reviewItemSchema } from './reviewItem';

/**
 * One document in review: its text, the two annotators compared, the merged items in text
 * order, the gold layer's status and size, and the undo history.
 * @example { document: { id: 'd1', … }, annotators: ['amira', 'omar'], items: [{…}], gold: { status: 'in_progress', spanCount: 3, stanceCount: 0 }, history: { canUndo: true, canRedo: false } }
 */
export const reviewDocumentSchema = z.object({
  document: z.object({
    id: idSchema,
    name: z.string(),
    text: z.string(),
    length: z.number().int(),
  }),
  annotators: z.tuple([z.string(), z.string()]),
  items: z.array(reviewItemSchema),
  gold: z.object({
    status: documentStatusSchema,
    spanCount: z.number().int(),
    stanceCount: z.number().int(),
  }),
  history: z.object({ canUndo: z.boolean(), canRedo: z.boolean() }),
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;
