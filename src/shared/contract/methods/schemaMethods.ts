import { z } from 'zod';
import { labelSchemaSchema, labelStylesSchema } from '../../model';
import { defineMethod } from '../defineMethod';
import { editResultSchema } from '../schemas/projectSchemas';
import { labelName } from './requestFields';

/** The label schema and its styles. */
export const schemaMethods = {
  updateSchema: defineMethod({
    summary: 'Replaces the label schema and styles',
    kind: 'edit',
    request: z
      .object({
        schema: labelSchemaSchema,
        styles: labelStylesSchema,
        /** The schemaVersion this edit started from: another save since then answers `conflict`. */
        basedOn: z.string().max(200).optional(),
      })
      .strict(),
    result: editResultSchema,
    errors: ['needs_confirmation', 'conflict'],
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
