import { z } from 'zod';
import { codePointOffsetSchema, fragmentsSchema, spanSchema, stanceSchema } from '../model';

/**
 * How annotator A's and B's versions of one item relate. `gold_only`: in the gold layer
 * but in neither A's nor B's layer.
 * @example reviewClassSchema.parse('label_conflict')
 */
export const reviewClassSchema = z.enum([
  'agreed',
  'a_only',
  'b_only',
  'label_conflict',
  'boundary_conflict',
  'gold_only',
]);
export type ReviewClass = z.infer<typeof reviewClassSchema>;

/**
 * What the adjudicator decides for an item; the gold layer then holds A's version, B's,
 * both, or neither.
 * @example reviewDecisionSchema.parse('accept_both')
 */
export const reviewDecisionSchema = z.enum(['accept_a', 'accept_b', 'accept_both', 'reject']);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/**
 * Which versions the gold layer holds now: `open` (none), `a`, `b`, `both` (an agreed item
 * in gold is `both`), or `gold` for a gold-only item; `rejected` when it holds none and records
 * every version as rejected (a decision, no longer open).
 */
export const goldStateSchema = z.enum(['open', 'a', 'b', 'both', 'gold', 'rejected']);
export type GoldState = z.infer<typeof goldStateSchema>;

/**
 * One annotator's stance as review shows it: the stance, its evidence offsets and readable
 * holder and target.
 * @example { stance: {…}, evidence: [[{ start: 8, end: 13 }]], holder: 'Pompeo', target: 'US troop presence in Iraq' }
 */
export const stanceVersionSchema = z.object({
  stance: stanceSchema,
  evidence: z.array(fragmentsSchema),
  holder: z.string().nullable(),
  target: z.string().nullable(),
});
export type StanceVersion = z.infer<typeof stanceVersionSchema>;

const common = {
  /** Stable while A's and B's layers do not change: built from their ids. */
  id: z.string(),
  class: reviewClassSchema,
  gold: goldStateSchema,
  /** First code point the item covers, for ordering and scrolling. */
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
};

/** A span item: A's and B's versions (null where one has none) and, for gold-only items, the gold span. */
export const spanReviewItemSchema = z.object({
  ...common,
  kind: z.literal('span'),
  a: spanSchema.nullable(),
  b: spanSchema.nullable(),
  goldSpan: spanSchema.nullable(),
});
export type SpanReviewItem = z.infer<typeof spanReviewItemSchema>;

/** A stance item: A's and B's versions (null where one has none). */
export const stanceReviewItemSchema = z.object({
  ...common,
  kind: z.literal('stance'),
  a: stanceVersionSchema.nullable(),
  b: stanceVersionSchema.nullable(),
  goldStance: stanceVersionSchema.nullable(),
});
export type StanceReviewItem = z.infer<typeof stanceReviewItemSchema>;

/**
 * One thing to adjudicate.
 * @example { id: 'span:s1:t1', kind: 'span', class: 'boundary_conflict', gold: 'open', start: 36, end: 43, a: {…}, b: {…}, goldSpan: null }
 */
export const reviewItemSchema = z.discriminatedUnion('kind', [
  spanReviewItemSchema,
  stanceReviewItemSchema,
]);
export type ReviewItem = z.infer<typeof reviewItemSchema>;
