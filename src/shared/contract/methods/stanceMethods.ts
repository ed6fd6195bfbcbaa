import { z } from 'zod';
import {
  annotatorSchema,
  codePointOffsetSchema,
  holderSchema,
  idSchema,
  targetSchema,
} from '../../model';
import { defineMethod } from '../defineMethod';
import { editResultSchema } from '../schemas/projectSchemas';
import { stanceMapSchema } from '../schemas/searchSchemas';
import { documentRef, note } from './requestFields';

/** Stances: who holds which position toward what, with evidence. */
export const stanceMethods = {
  addStance: defineMethod({
    summary: 'Records a stance with its evidence spans',
    kind: 'edit',
    request: z
      .object({
        ...documentRef,
        holder: holderSchema.optional(),
        target: targetSchema.optional(),
        polarity: z.string().min(1),
        evidence: z.array(idSchema).min(1),
        note: note.optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  updateStance: defineMethod({
    summary: "Changes a stance's holder, target, polarity, evidence or note",
    kind: 'edit',
    request: z
      .object({
        ...documentRef,
        stanceId: idSchema,
        holder: holderSchema.nullable().optional(),
        target: targetSchema.nullable().optional(),
        polarity: z.string().min(1).optional(),
        evidence: z.array(idSchema).min(1).optional(),
        note: note.optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  deleteStance: defineMethod({
    summary: 'Deletes a stance',
    kind: 'edit',
    request: z.object({ ...documentRef, stanceId: idSchema }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  carryStance: defineMethod({
    summary: 'Copies a stance to the same quote in another document',
    kind: 'edit',
    request: z
      .object({
        ...documentRef,
        stanceId: idSchema,
        to: z
          .object({
            documentId: idSchema,
            start: codePointOffsetSchema,
            end: codePointOffsetSchema,
          })
          .strict(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  stanceMap: defineMethod({
    summary:
      "Holders × targets with counts per polarity over one annotator's layers: the user's, or those `annotator` names",
    kind: 'read',
    request: z.object({ annotator: annotatorSchema.optional() }).strict(),
    result: stanceMapSchema,
    errors: [],
  }),
} as const;
