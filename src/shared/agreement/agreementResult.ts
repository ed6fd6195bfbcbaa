import { z } from 'zod';
import { ownRecord } from '../model';
import { labelConfusionSchema } from './labelConfusion';
import { matchModeSchema } from './matchMode';
import { scoresSchema } from './scores';
import { stanceAgreementSchema } from './stanceAgreement';

/**
 * Span figures of one candidate annotator against one reference annotator.
 * @example { overall: { tp: 8, fp: 2, fn: 1, precision: 0.8, recall: 0.889, f1: 0.842 }, byLabel: { PER: {…} }, confusion: {…} }
 */
export const spanAgreementSchema = z.object({
  overall: scoresSchema,
  byLabel: ownRecord(scoresSchema),
  confusion: labelConfusionSchema,
});
export type SpanAgreement = z.infer<typeof spanAgreementSchema>;

/**
 * The figures of one pair of annotators; the first of the pair is the reference.
 * @example { annotators: ['amira', 'omar'], spans: {…}, stances: {…}, documents: [{ id: 'd1', f1: 0.9 }] }
 */
export const pairAgreementSchema = z.object({
  annotators: z.tuple([z.string(), z.string()]),
  spans: spanAgreementSchema,
  stances: stanceAgreementSchema,
  documents: z.array(z.object({ id: z.string(), f1: z.number().min(0).max(1).nullable() })),
});
export type PairAgreement = z.infer<typeof pairAgreementSchema>;

/**
 * What `loupe agree --json` prints. The first annotator is the reference: top-level
 * `spans` and `documents[].f1` are the first pair's (first against second annotator);
 * `stances` covers all annotators at once; `pairs` holds every pair (i < j) in order.
 * `documents[].unitizingAlpha` is the pooled unitizing alpha of all annotators on that
 * document. Figures that do not apply are null. Documents an annotator skipped are left
 * out (`skipped` counts them per annotator).
 * @example { annotators: ['amira', 'omar'], match: 'overlap', spans: {…}, stances: { units: 4, cohenKappa: 0.5, … }, documents: [{ id: 'd1', f1: 0.9, unitizingAlpha: 0.81 }], pairs: [{…}] }
 */
export const agreementResultSchema = z.object({
  annotators: z.array(z.string()).min(2),
  match: matchModeSchema,
  spans: spanAgreementSchema,
  stances: stanceAgreementSchema,
  documents: z.array(
    z.object({
      id: z.string(),
      f1: z.number().min(0).max(1).nullable(),
      unitizingAlpha: z.number().nullable(),
    }),
  ),
  pairs: z.array(pairAgreementSchema).min(1),
  /**
   * How many documents each annotator skipped (Prodigy's `ignore` or `reject`, Label Studio's cancelled
   * annotation), left out of their pairs and of the figures of all annotators at once; absent
   * when none was.
   */
  skipped: ownRecord(z.number().int().min(1)).optional(),
});
export type AgreementResult = z.infer<typeof agreementResultSchema>;
