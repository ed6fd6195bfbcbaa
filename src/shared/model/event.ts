import { z } from 'zod';
import { keptObject } from './keptObject';
import { ownRecord } from './ownRecord';
import { idSchema } from './ids';
import { attributeValueSchema } from './span';

/** One argument of an event: a role and the span or event that fills it. @example { role: 'Theme', ref: 'T1' } */
export const eventArgumentSchema = keptObject({
  role: z.string().min(1).max(200),
  ref: idSchema,
});
export type EventArgument = z.infer<typeof eventArgumentSchema>;

/**
 * An event (brat's E lines): a typed trigger span and typed arguments, which may repeat
 * (`Theme`, `Theme2`) and may name other events of the same layer. Loupe keeps events it
 * shows no editor for, so they go back out exactly as they came in.
 * @example { id: 'E1', type: 'Merge-org', trigger: 'T3', arguments: [{ role: 'Org-Arg', ref: 'T1' }, { role: 'Org-Arg2', ref: 'T2' }] }
 */
export const eventSchema = keptObject({
  id: idSchema,
  type: z.string().min(1).max(200),
  trigger: idSchema,
  arguments: z.array(eventArgumentSchema).default([]),
  attributes: ownRecord(attributeValueSchema).optional(),
  note: z.string().max(100_000).optional(),
});
export type AnnotationEvent = z.infer<typeof eventSchema>;
