import { z } from 'zod';
import { documentStatusSchema, fragmentsSchema, idSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import { editResultSchema } from '../schemas/projectSchemas';
import { documentRef, labelName, newSpan, note } from './requestFields';

/** Spans, document labels and status in the user's layer. */
export const annotationMethods = {
  addSpan: defineMethod({
    summary: "Adds a span to the user's layer",
    kind: 'edit',
    request: newSpan,
    result: editResultSchema,
    errors: ['not_found'],
  }),
  addSpans: defineMethod({
    summary: 'Adds many spans as one undoable step',
    kind: 'edit',
    request: z.object({ items: z.array(newSpan).min(1).max(100_000) }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  updateSpan: defineMethod({
    summary: "Changes a span's label, note, entity link or fragments",
    kind: 'edit',
    request: z
      .object({
        ...documentRef,
        spanId: idSchema,
        label: labelName.optional(),
        note: note.optional(),
        entityId: idSchema.nullable().optional(),
        fragments: fragmentsSchema.optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  deleteSpan: defineMethod({
    summary: 'Deletes a span (and stances that cite only it as evidence)',
    kind: 'edit',
    request: z.object({ ...documentRef, spanId: idSchema }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  setStatus: defineMethod({
    summary: "Sets the user's status of a document (todo, in progress, done)",
    kind: 'edit',
    request: z.object({ ...documentRef, status: documentStatusSchema }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  setDocumentLabel: defineMethod({
    summary: 'Sets or clears a document-level label',
    kind: 'edit',
    request: z
      .object({ ...documentRef, name: z.string().min(1), value: z.string().min(1).nullable() })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
} as const;
