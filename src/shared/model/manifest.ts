import { z } from 'zod';
import { ownRecord } from './ownRecord';
import { keptObject } from './keptObject';
import { FORMAT_VERSION, timestampSchema } from './ids';
import { labelSchemaSchema } from './labelSchema';
import { labelStylesSchema } from './labelStyle';
import { collectionFileSchema, MAX_COLLECTION_FILES } from './collectionFile';

/** The project manifest (MANIFEST_FILE in the store): name, label schema and styles, format version. */
export const manifestSchema = keptObject({
  formatVersion: z.literal(FORMAT_VERSION),
  name: z.string().min(1),
  schema: labelSchemaSchema,
  styles: labelStylesSchema,
  createdAt: timestampSchema,
  /** Titles the users gave documents, by document id (else a title is read from the text). */
  titles: ownRecord(z.string().min(1).max(300)).optional(),
  /** Files of the collections imported that are no documents (brat's `tools.conf`, README…), written back by an export. */
  collectionFiles: z.array(collectionFileSchema).max(MAX_COLLECTION_FILES).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
