import { z } from 'zod';
import { keptObject } from './keptObject';
import { ownRecord } from './ownRecord';
import { idSchema, timestampSchema } from './ids';
import { itemAt } from '../collections';
import { normalizationSchema } from './normalization';

/** A code point offset as it is stored and sent: a non-negative integer, branded on the way in. */
export const codePointOffsetSchema = z.number().int().nonnegative().brand<'CodePointOffset'>();

/** Half-open [start, end) in code points. @example { start: 0, end: 11 } */
export const fragmentSchema = keptObject({
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
}).refine((f) => f.start < f.end, 'a fragment must have start < end');

/** Fragments sorted by start and not overlapping (discontinuous mentions have several). */
export const fragmentsSchema = z
  .array(fragmentSchema)
  .min(1)
  .refine(
    (fs) => fs.every((f, i) => i === 0 || itemAt(fs, i - 1).end <= f.start),
    'fragments must be sorted and must not overlap',
  );

export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A labelled mention: one or more fragments of a document's text.
 * @example { id: 's_1', label: 'PERSON', fragments: [{ start: 0, end: 11 }], author: 'amira', … }
 */
export const spanSchema = keptObject({
  id: idSchema,
  label: z.string().min(1).max(200),
  fragments: fragmentsSchema,
  entityId: idSchema.optional(),
  attributes: ownRecord(attributeValueSchema).optional(),
  note: z.string().max(100_000).optional(),
  /** Database references as a source file wrote them (brat N lines), kept exactly. */
  normalizations: z.array(normalizationSchema).optional(),
  author: z.string().min(1),
  /** Set when the author accepted a machine annotator's suggestion: which one, and its confidence. */
  provenance: keptObject({
    annotator: z.string().min(1),
    spanId: idSchema,
    confidence: z.number().min(0).max(1).optional(),
  }).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Span = z.infer<typeof spanSchema>;

/**
 * A typed, directed link between two spans (or events) of one layer (brat's R lines); the
 * roles are brat's argument names when they are not `Arg1` and `Arg2`.
 * @example { id: 'R1', type: 'Family', from: 'T6', to: 'T7' }
 */
export const relationSchema = keptObject({
  id: idSchema,
  type: z.string().min(1),
  from: idSchema,
  to: idSchema,
  fromRole: z.string().min(1).max(200).optional(),
  toRole: z.string().min(1).max(200).optional(),
  attributes: ownRecord(attributeValueSchema).optional(),
  note: z.string().optional(),
});
export type Relation = z.infer<typeof relationSchema>;
