import { z } from 'zod';
import { keptObject } from './keptObject';
import { idSchema } from './ids';
import { fragmentsSchema } from './span';

/**
 * A span of an annotator's layer the adjudicator kept out of gold, by who made it (annotator
 * and their span id) and what it is (label and fragments, code points): review matches it by
 * label and fragments, as it matches gold, so it holds while the span stays the same.
 * @example { id: 'span:amira:s_3', kind: 'span', annotator: 'amira', itemId: 's_3', label: 'ORG', fragments: [{ start: 0, end: 11 }] }
 */
export const rejectedSpanSchema = keptObject({
  /** `span:<annotator>:<the annotator's span id>`: one record per annotation, so merges pair them. */
  id: z.string().min(1),
  kind: z.literal('span'),
  annotator: z.string().min(1),
  itemId: idSchema,
  label: z.string().min(1),
  fragments: fragmentsSchema,
});
export type RejectedSpan = z.infer<typeof rejectedSpanSchema>;

/**
 * A stance of an annotator's layer the adjudicator kept out of gold: its evidence offsets,
 * polarity, and holder and target by what they point at (`span:8-13`, `entity:e_1`,
 * `topic:us-troops`), as review compares stances.
 * @example { id: 'stance:omar:st_2', kind: 'stance', annotator: 'omar', itemId: 'st_2', polarity: 'AGAINST', evidence: [[{ start: 8, end: 13 }]], target: 'topic:us-troops' }
 */
export const rejectedStanceSchema = keptObject({
  id: z.string().min(1),
  kind: z.literal('stance'),
  annotator: z.string().min(1),
  itemId: idSchema,
  polarity: z.string().min(1),
  evidence: z.array(fragmentsSchema),
  holder: z.string().optional(),
  target: z.string().optional(),
});
export type RejectedStance = z.infer<typeof rejectedStanceSchema>;

/**
 * An annotator's span or stance rejected in review: kept in the gold layer so a later visit,
 * and a teammate who syncs gold, see it decided.
 * @example rejectionSchema.parse({ id: 'span:amira:s_3', kind: 'span', … })
 */
export const rejectionSchema = z.discriminatedUnion('kind', [
  rejectedSpanSchema,
  rejectedStanceSchema,
]);
export type Rejection = z.infer<typeof rejectionSchema>;
