import { z } from 'zod';
import { FORMAT_VERSION, timestampSchema } from './ids';
import { labelSchemaSchema } from './labelSchema';
import { labelStylesSchema } from './labelStyle';

/** The project manifest (MANIFEST_FILE in the store): name, label schema and styles, format version. */
export const manifestSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION),
  name: z.string().min(1),
  schema: labelSchemaSchema,
  styles: labelStylesSchema,
  createdAt: timestampSchema,
});
export type Manifest = z.infer<typeof manifestSchema>;
