import { z } from 'zod';
import { fragmentsSchema, idSchema } from '../../model';

/** Request pieces several methods share. */
export const empty = z.object({}).strict();
export const documentRef = { documentId: idSchema };
export const labelName = z.string().min(1).max(200);
export const note = z.string().max(100_000);
export const entityFields = {
  name: z.string().min(1).max(500),
  type: z.string().min(1).max(200),
  aliases: z.array(z.string().min(1).max(500)).max(1000),
  kbId: z.string().max(200),
  note,
};
export const newSpan = z
  .object({
    ...documentRef,
    label: labelName,
    fragments: fragmentsSchema,
    note: note.optional(),
    entityId: idSchema.optional(),
  })
  .strict();
