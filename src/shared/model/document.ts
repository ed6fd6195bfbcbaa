import { z } from 'zod';
import { documentFolderSchema } from './documentFolder';
import { keptObject } from './keptObject';
import { FORMAT_VERSION, idSchema, timestampSchema } from './ids';

/** A text hash: `sha256:` and 64 hex digits of the UTF-8 bytes. */
export const textHashSchema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, 'a text hash is sha256:<64 hex>');

/** What is stored beside a document's text. Its text never changes. */
export const documentMetaSchema = keptObject({
  formatVersion: z.literal(FORMAT_VERSION),
  id: idSchema,
  name: z.string().min(1),
  textHash: textHashSchema,
  length: z.number().int().nonnegative(),
  importedAt: timestampSchema,
  source: z.string().optional(),
  /** The folder its file sat in, in the collection it was imported from (`esp`): exports that write a file per document put it there. */
  folder: documentFolderSchema.optional(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** A document with its text. @example { id: '000_90267a0c835213d2', name: '000_90267a0c835213d2.txt', text: '…' } */
export interface Document extends DocumentMeta {
  readonly text: string;
}
