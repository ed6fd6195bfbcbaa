import { z } from 'zod';
import { keptObject } from './keptObject';
import { idSchema } from './ids';

/**
 * A set of spans that name the same thing (brat's `*` lines), kept as written: members in
 * order, a repeated member kept.
 * @example { type: 'Equiv', members: ['T3', 'T4', 'T5'] }
 */
export const equivalenceSchema = keptObject({
  type: z.string().min(1).max(200),
  members: z.array(idSchema).min(2),
});
export type Equivalence = z.infer<typeof equivalenceSchema>;
