import { z } from 'zod';
import { scoresSchema } from '../../agreement/scores';
import { annotatorSchema, idSchema, ownRecord } from '../../model';

export { CONFIDENCE_ATTRIBUTE, DECISION_ATTRIBUTE, MODEL_ANNOTATOR } from '../suggestNames';

export const suggestRequestSchema = z
  .object({
    /** Whose spans to learn from (`gold` allowed); default: the local user. */
    from: annotatorSchema.optional(),
    /** The machine annotator whose layers receive the suggestions (default `model`). */
    as: annotatorSchema.optional(),
    /** Learn and suggest only these labels (default: every label `from` used). */
    labels: z.array(z.string().min(1).max(200)).min(1).max(1000).optional(),
    /** Suggest for these documents (ids or names); default: those `from` has not annotated. */
    documents: z.array(z.string().min(1).max(4096)).min(1).max(100_000).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
    /** Cross-validate on the training documents (default true). */
    crossValidate: z.boolean().optional(),
  })
  .strict();
export type SuggestRequest = z.output<typeof suggestRequestSchema>;

/**
 * What `suggest` learned from, what it wrote and how well it does on held-out training data.
 * @example { from: 'gold', as: 'model', trainedOn: { documents: 60, spans: { PER: 120 } }, suggested: { documents: 40, spans: 310 }, … }
 */
export const suggestResultSchema = z.object({
  from: annotatorSchema,
  as: annotatorSchema,
  seed: z.number().int(),
  trainedOn: z.object({
    documents: z.number().int().nonnegative(),
    spans: ownRecord(z.number().int().nonnegative()),
  }),
  suggested: z.object({
    documents: z.number().int().nonnegative(),
    spans: z.number().int().nonnegative(),
    byLabel: ownRecord(z.number().int().nonnegative()),
    documentIds: z.array(idSchema),
  }),
  seconds: z.number().nonnegative(),
  /** Exact-span scores of k-fold cross-validation on the training documents; null with fewer than 2. */
  crossValidation: z
    .object({
      folds: z.number().int().positive(),
      overall: scoresSchema,
      byLabel: ownRecord(scoresSchema),
    })
    .nullable(),
});
export type SuggestResult = z.infer<typeof suggestResultSchema>;

/** How far a running `suggest` has come. */
export const suggestProgressSchema = z.object({
  running: z.boolean(),
  phase: z.string().optional(),
  done: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional(),
});

/**
 * Per label, how the annotators decided on suggestions: accepted / (accepted + rejected) is
 * the precision of what they looked at.
 * @example { as: 'model', byLabel: { PER: { accepted: 9, rejected: 1, pending: 4, precision: 0.9 } } }
 */
export const suggestionPrecisionSchema = z.object({
  as: annotatorSchema,
  byLabel: ownRecord(
    z.object({
      accepted: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
      pending: z.number().int().nonnegative(),
      precision: z.number().min(0).max(1).nullable(),
    }),
  ),
});
export type SuggestionPrecision = z.infer<typeof suggestionPrecisionSchema>;

/**
 * The open suggestions of one document's machine layers, for ghost spans: each names the
 * machine annotator whose layer holds it (`as`, to accept or reject it there).
 * @example { as: 'model', suggestions: [{ id: 's_1', label: 'PER', start: 0, end: 11, confidence: 0.93, as: 'model' }] }
 */
export const openSuggestionsSchema = z.object({
  as: annotatorSchema,
  suggestions: z.array(
    z.object({
      id: idSchema,
      label: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      confidence: z.number().min(0).max(1).nullable(),
      as: annotatorSchema.optional(),
    }),
  ),
});
export type OpenSuggestions = z.infer<typeof openSuggestionsSchema>;
