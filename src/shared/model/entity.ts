import { z } from 'zod';
import { keptObject } from './keptObject';
import { idSchema } from './ids';

/**
 * A referent that groups mentions spelled differently.
 * @example { id: 'e_abdulmahdi', name: 'Adel Abdul-Mahdi', type: 'PERSON', aliases: ['Abdel Mahdi'], kbId: 'Q3253977' }
 */
export const entitySchema = keptObject({
  id: idSchema,
  name: z.string().min(1),
  type: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kbId: z.string().optional(),
  note: z.string().optional(),
  /** Set when this entity was merged into another: links to it resolve there. */
  mergedInto: idSchema.optional(),
});
export type Entity = z.infer<typeof entitySchema>;
