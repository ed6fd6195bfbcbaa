import { z } from 'zod';
import { codePointOffsetSchema, documentStatusSchema, idSchema, spanSchema } from '../model';
import { stanceVersionSchema } from './reviewItem';

/**
 * One distinct span (label and fragments) that any of the panel's annotators marked, with who
 * marked it. Gold-only spans are candidates nobody marked.
 * @example { id: 'PERSON@0-11', span: {…}, annotators: ['alice', 'carol'], votes: 2, of: 3, majority: true, inGold: false, rivals: ['ORG@0-11'], start: 0, end: 11 }
 */
export const panelCandidateSchema = z.object({
  /** Stable while the layers do not change: the label and the fragments. */
  id: z.string(),
  span: spanSchema,
  /** Who marked it, in the panel's order. */
  annotators: z.array(z.string()),
  votes: z.number().int(),
  of: z.number().int(),
  /** Marked by more than half of the panel. */
  majority: z.boolean(),
  inGold: z.boolean(),
  /** Out of gold, and gold records it as rejected: decided, not open. */
  rejected: z.boolean().default(false),
  /** Other candidates it overlaps: the competing versions of the same mention. */
  rivals: z.array(z.string()),
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
});
export type PanelCandidate = z.infer<typeof panelCandidateSchema>;

/**
 * What the adjudicator decides for a candidate: gold holds it (`accept`) or does not (`reject`).
 * @example panelDecisionSchema.parse('accept')
 */
export const panelDecisionSchema = z.enum(['accept', 'reject']);
export type PanelDecision = z.infer<typeof panelDecisionSchema>;

/**
 * One distinct stance (evidence offsets, target, polarity, holder) that any of the panel's
 * annotators recorded, with who recorded it; gold-only stances are candidates nobody recorded.
 * @example { kind: 'stance', id: 'stance@8-13/AGAINST/1f0c2a9b', version: {…}, annotators: ['alice', 'bob'], votes: 2, of: 3, majority: true, inGold: false, start: 8, end: 13 }
 */
export const panelStanceCandidateSchema = z.object({
  kind: z.literal('stance'),
  /** Stable while the layers do not change: the evidence, the polarity and a digest of the rest. */
  id: z.string(),
  /** The first recorder's stance (gold's, for a gold-only one), with readable holder and target. */
  version: stanceVersionSchema,
  annotators: z.array(z.string()),
  votes: z.number().int(),
  of: z.number().int(),
  majority: z.boolean(),
  inGold: z.boolean(),
  rejected: z.boolean().default(false),
  start: codePointOffsetSchema,
  end: codePointOffsetSchema,
});
export type PanelStanceCandidate = z.infer<typeof panelStanceCandidateSchema>;

/**
 * One document adjudicated among any number of annotators: its text, the panel, every
 * candidate span in text order, the gold layer's status and size, and the undo history.
 * @example { document: { id: 'd1', … }, annotators: ['alice', 'bob', 'carol'], candidates: [{…}], gold: { status: 'in_progress', spanCount: 3, stanceCount: 0 }, history: { canUndo: true, canRedo: false } }
 */
export const panelDocumentSchema = z.object({
  document: z.object({
    id: idSchema,
    name: z.string(),
    text: z.string(),
    length: z.number().int(),
  }),
  annotators: z.array(z.string()),
  candidates: z.array(panelCandidateSchema),
  /** Every stance any of them recorded, in text order of its evidence. */
  stanceCandidates: z.array(panelStanceCandidateSchema).default([]),
  gold: z.object({
    status: documentStatusSchema,
    spanCount: z.number().int(),
    stanceCount: z.number().int(),
  }),
  history: z.object({ canUndo: z.boolean(), canRedo: z.boolean() }),
});
export type PanelDocument = z.infer<typeof panelDocumentSchema>;
