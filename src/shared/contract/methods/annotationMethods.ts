import { z } from 'zod';
import {
  codePointOffsetSchema,
  documentStatusSchema,
  fragmentsSchema,
  idSchema,
} from '../../model';
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
  addRelation: defineMethod({
    summary: "Relates two spans of the user's layer by a relation type of the schema",
    kind: 'edit',
    request: z
      .object({ ...documentRef, from: idSchema, to: idSchema, type: z.string().min(1).max(200) })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  deleteRelation: defineMethod({
    summary: "Deletes a relation of the user's layer",
    kind: 'edit',
    request: z.object({ ...documentRef, relationId: idSchema }).strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
  dismissName: defineMethod({
    summary: "Remembers in the user's layer that a known-name suggestion was dismissed there",
    kind: 'edit',
    request: z
      .object({ ...documentRef, start: codePointOffsetSchema, end: codePointOffsetSchema })
      .strict(),
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
      .object({
        ...documentRef,
        name: z.string().min(1),
        value: z.string().min(1).nullable(),
        /**
         * The choice continues a run of choices on this label (arrow keys on its closed list):
         * when the last step recorded was the run's choice before it, the two are one undo step.
         */
        continuesRun: z.boolean().optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['not_found'],
  }),
} as const;
