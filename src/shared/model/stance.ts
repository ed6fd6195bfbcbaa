import { z } from 'zod';
import { keptObject } from './keptObject';
import { idSchema, timestampSchema } from './ids';

/** Who holds a stance: a registry entity or a span of the document. */
export const holderSchema = z.discriminatedUnion('kind', [
  keptObject({ kind: z.literal('entity'), entityId: idSchema }),
  keptObject({ kind: z.literal('span'), spanId: idSchema }),
]);
export type Holder = z.infer<typeof holderSchema>;

/** What the stance is toward: an entity, a span, or a topic from the schema. */
export const targetSchema = z.discriminatedUnion('kind', [
  keptObject({ kind: z.literal('entity'), entityId: idSchema }),
  keptObject({ kind: z.literal('span'), spanId: idSchema }),
  keptObject({ kind: z.literal('topic'), topicId: z.string().min(1) }),
]);
export type Target = z.infer<typeof targetSchema>;

/**
 * Who (holder) holds which position (polarity) toward what (target), with evidence spans.
 * @example { id: 'st_1', holder: {kind:'span', spanId:'s_2'}, target: {kind:'topic', topicId:'us-troops'}, polarity: 'AGAINST', evidence: ['s_9'], … }
 */
export const stanceSchema = keptObject({
  id: idSchema,
  holder: holderSchema.optional(),
  target: targetSchema.optional(),
  polarity: z.string().min(1),
  evidence: z.array(idSchema).min(1),
  note: z.string().optional(),
  author: z.string().min(1),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Stance = z.infer<typeof stanceSchema>;
