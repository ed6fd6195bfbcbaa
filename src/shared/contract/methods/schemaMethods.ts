import { z } from 'zod';
import { labelSchemaSchema, labelStylesSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import { editResultSchema } from '../schemas/projectSchemas';
import { labelName } from './requestFields';

/** The label schema and its styles. */
export const schemaMethods = {
  updateSchema: defineMethod({
    summary:
      'Replaces the label schema and styles; with deleteWithSpans and renames, deletes and renames labels in every layer too, all in one undoable step',
    kind: 'edit',
    request: z
      .object({
        /** Saved labels under their old names: `renames` renames them. */
        schema: labelSchemaSchema,
        styles: labelStylesSchema,
        /** The schemaVersion this edit started from: another save since then answers `conflict`. */
        basedOn: z.string().max(200).optional(),
        /** Labels left out of `schema` that spans use, deleted with those spans (else `needs_confirmation`). */
        deleteWithSpans: z.array(labelName).max(1000).optional(),
        /** Labels renamed in the schema and in every annotator's spans, all at once (A → B and B → A swap them). */
        renames: z
          .array(z.object({ from: labelName, to: labelName }).strict())
          .max(1000)
          .optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['needs_confirmation', 'conflict'],
    // The schema dialog keeps its edits on a refusal and says why.
    refusal: 'unchanged',
  }),
  renameLabel: defineMethod({
    summary: 'Renames a label in the schema and in every layer',
    kind: 'edit',
    request: z.object({ from: labelName, to: labelName }).strict(),
    result: editResultSchema,
    errors: ['not_found', 'needs_confirmation'],
  }),
  deleteLabel: defineMethod({
    summary: 'Deletes a label; with force, also every span that uses it',
    kind: 'edit',
    request: z.object({ name: labelName, force: z.boolean().optional() }).strict(),
    result: editResultSchema,
    errors: ['not_found', 'needs_confirmation'],
  }),
} as const;
