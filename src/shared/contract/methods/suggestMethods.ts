import { z } from 'zod';
import { annotatorSchema, idSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import { editResultSchema } from '../schemas/projectSchemas';
import {
  openSuggestionsSchema,
  suggestionPrecisionSchema,
  suggestProgressSchema,
  suggestRequestSchema,
  suggestResultSchema,
} from '../schemas/suggestSchemas';
import { documentRef } from './requestFields';

const suggestionRef = z
  .object({ ...documentRef, spanId: idSchema, as: annotatorSchema.optional() })
  .strict();

/**
 * Pre-annotation: a learner trained on one annotator's spans writes suggestions into a
 * machine annotator's ordinary layers; the user accepts (a copy into their own layer, with
 * provenance) or rejects (remembered in the machine layer) each one.
 */
export const suggestMethods = {
  suggest: defineMethod({
    summary:
      "Learns from an annotator's spans and writes suggestions into a machine annotator's layers",
    kind: 'edit',
    request: suggestRequestSchema,
    result: suggestResultSchema,
    errors: ['not_found', 'no_annotator'],
    // A run: a refused one leaves every edit of the person on the disk and says why itself.
    refusal: 'unchanged',
  }),
  suggestProgress: defineMethod({
    summary: 'How far the running suggest has come (for a progress bar)',
    kind: 'read',
    request: z.object({}).strict(),
    result: suggestProgressSchema,
    errors: [],
  }),
  cancelSuggest: defineMethod({
    summary: 'Stops the running suggest; nothing is written',
    kind: 'read',
    request: z.object({}).strict(),
    result: z.object({ cancelled: z.boolean() }),
    errors: [],
  }),
  acceptSuggestion: defineMethod({
    summary: "Copies a suggestion into the user's layer (provenance: the machine annotator)",
    kind: 'edit',
    request: suggestionRef,
    result: editResultSchema,
    errors: ['not_found'],
  }),
  rejectSuggestion: defineMethod({
    summary: 'Marks a suggestion rejected in the machine layer, so it is not shown again',
    kind: 'edit',
    request: suggestionRef,
    result: editResultSchema,
    errors: ['not_found'],
  }),
  acceptSuggestionsOfLabel: defineMethod({
    summary: "Accepts every open suggestion of one label in a document into the user's layer",
    kind: 'edit',
    request: z
      .object({ ...documentRef, label: z.string().min(1).max(200), as: annotatorSchema.optional() })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  listSuggestions: defineMethod({
    summary:
      "A document's open suggestions (not yet accepted or rejected), for ghost spans: the machine annotator's named, else the model's and every imported model's predictions",
    kind: 'read',
    request: z.object({ ...documentRef, as: annotatorSchema.optional() }).strict(),
    result: openSuggestionsSchema,
    errors: ['not_found'],
  }),
  suggestionPrecision: defineMethod({
    summary: 'Per label: accepted / (accepted + rejected) suggestions across the project',
    kind: 'read',
    request: z.object({ as: annotatorSchema.optional() }).strict(),
    result: suggestionPrecisionSchema,
    errors: [],
  }),
} as const;
