import { z } from 'zod';
import { ownRecord } from './ownRecord';
import { keptObject } from './keptObject';
import { FORMAT_VERSION, timestampSchema } from './ids';
import { labelSchemaSchema } from './labelSchema';
import { labelStylesSchema } from './labelStyle';

/** The project manifest (MANIFEST_FILE in the store): name, label schema and styles, format version. */
export const manifestSchema = keptObject({
  formatVersion: z.literal(FORMAT_VERSION),
  name: z.string().min(1),
  schema: labelSchemaSchema,
  styles: labelStylesSchema,
  createdAt: timestampSchema,
  /** Titles the users gave documents, by document id (else a title is read from the text). */
  titles: ownRecord(z.string().min(1).max(300)).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
