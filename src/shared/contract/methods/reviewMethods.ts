import { z } from 'zod';
import { matchModeSchema } from '../../agreement';
import { annotatorSchema, idSchema } from '../../model';
import {
  panelDecisionSchema,
  panelDocumentSchema,
  reviewDecisionSchema,
  reviewDocumentSchema,
} from '../../review';
import { defineMethod } from '../defineMethod';
import { agreementReportSchema } from '../schemas/searchSchemas';

const reviewRef = {
  documentId: idSchema,
  annotators: z.tuple([annotatorSchema, annotatorSchema]),
};

const panelRef = {
  documentId: idSchema,
  annotators: z.array(annotatorSchema).min(2).max(50),
};

/** Agreement between annotators and adjudication into the gold layer. */
export const reviewMethods = {
  agreement: defineMethod({
    summary: 'Span, stance and boundary agreement between annotators',
    kind: 'read',
    request: z
      .object({
        annotators: z.array(annotatorSchema).min(2).max(50),
        match: matchModeSchema,
        /** Count suggestions rejected in a machine layer as its spans (default: left out). */
        includeRejected: z.boolean().optional(),
      })
      .strict(),
    result: agreementReportSchema,
    errors: ['not_found', 'damaged_file'],
  }),
  reviewDocument: defineMethod({
    summary: "Two annotators' layers of a document side by side, with gold decisions",
    kind: 'read',
    request: z.object(reviewRef).strict(),
    result: reviewDocumentSchema,
    errors: ['not_found'],
  }),
  adjudicate: defineMethod({
    summary: 'Decides one review item into the gold layer',
    kind: 'edit',
    request: z
      .object({
        ...reviewRef,
        itemId: z.string().min(1).max(1000),
        decision: reviewDecisionSchema,
      })
      .strict(),
    result: reviewDocumentSchema,
    errors: ['not_found'],
  }),
  acceptAllAgreed: defineMethod({
    summary: 'Copies every item both annotators agree on into gold',
    kind: 'edit',
    request: z.object(reviewRef).strict(),
    result: reviewDocumentSchema,
    errors: ['not_found'],
  }),
  panelReview: defineMethod({
    summary:
      'Every span and stance any of the named annotators marked in a document, with who marked it',
    kind: 'read',
    request: z.object(panelRef).strict(),
    result: panelDocumentSchema,
    errors: ['not_found'],
  }),
  decideCandidate: defineMethod({
    summary: 'Accepts one candidate span or stance into the gold layer, or rejects it from gold',
    kind: 'edit',
    request: z
      .object({
        ...panelRef,
        candidateId: z.string().min(1).max(1000),
        decision: panelDecisionSchema,
      })
      .strict(),
    result: panelDocumentSchema,
    errors: ['not_found'],
  }),
  acceptMajority: defineMethod({
    summary: 'Copies every span and stance more than half of the annotators marked into gold',
    kind: 'edit',
    request: z.object(panelRef).strict(),
    result: panelDocumentSchema,
    errors: ['not_found'],
  }),
} as const;
