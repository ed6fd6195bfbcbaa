import { z } from 'zod';
import { agreementResultSchema, tokenAgreementSchema } from '../../agreement';
import { codePointOffsetSchema, entitySchema, idSchema, ownRecord } from '../../model';

export const entityCandidateSchema = z.object({
  entity: entitySchema,
  score: z.number(),
  matched: z.string(),
});
export type EntityCandidateResult = z.infer<typeof entityCandidateSchema>;

export const mentionSchema = z.object({
  documentId: idSchema,
  documentName: z.string(),
  spanId: idSchema,
  label: z.string(),
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
  text: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

export const searchHitSchema = z.object({
  documentId: idSchema,
  documentName: z.string(),
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
  before: z.string(),
  match: z.string(),
  after: z.string(),
  /** Labels of the annotator's spans with exactly these offsets. */
  labels: z.array(z.string()),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const passageSchema = z.object({
  documentId: idSchema,
  documentName: z.string(),
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
  text: z.string(),
  similarity: z.number(),
});
export type Passage = z.infer<typeof passageSchema>;

const stanceMapItem = z.object({
  documentId: idSchema,
  documentName: z.string(),
  stanceId: idSchema,
  polarity: z.string(),
  evidence: z.string(),
});
export const stanceMapSchema = z.object({
  /** Whose layers the map is drawn from; null when no annotator is chosen. */
  annotator: z.string().nullable(),
  polarities: z.array(z.string()),
  holders: z.array(z.string()),
  targets: z.array(z.string()),
  cells: z.array(
    z.object({
      holder: z.string(),
      target: z.string(),
      counts: ownRecord(z.number().int()),
      items: z.array(stanceMapItem),
    }),
  ),
});
export type StanceMap = z.infer<typeof stanceMapSchema>;

/**
 * What `agreement` answers: the {@link agreementResultSchema} figures plus Krippendorff's
 * unitizing alpha of span boundaries over the whole project (all annotators, documents laid
 * end to end as one continuum), overall and per label; null where nobody marked a unit.
 */
export const agreementReportSchema = agreementResultSchema.extend({
  unitizing: z.object({
    overall: z.number().nullable(),
    byLabel: ownRecord(z.number().nullable()),
  }),
  /** All annotators at once, token by token (Fleiss' kappa, Krippendorff's alpha, per label). */
  tokens: tokenAgreementSchema.optional(),
});
export type AgreementReport = z.infer<typeof agreementReportSchema>;
