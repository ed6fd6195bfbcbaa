import { z } from 'zod';
import { documentFolderSchema } from './documentFolder';

/** The files of a brat collection beside its documents that Loupe keeps to write back: configurations and its README. */
export const COLLECTION_FILE_NAMES = [
  'annotation.conf',
  'visual.conf',
  'tools.conf',
  'kb_shortcuts.conf',
  'README',
] as const;

/** The most characters Loupe keeps of one collection file (a larger one is left out, said). */
export const MAX_COLLECTION_FILE_CHARS = 256 * 1024;

/** The most collection files one project keeps (8 MiB at most, within a manifest's 16 MiB). */
export const MAX_COLLECTION_FILES = 32;

/**
 * A file of a collection imported that is no document (brat's `annotation.conf`, `tools.conf`,
 * README…), kept as it came (its text, and the encoding it was in when not UTF-8) to be written
 * back into its folder by an export of that format.
 * @example { format: 'brat', folder: 'esp', name: 'tools.conf', content: '[search]\n…' }
 */
export const collectionFileSchema = z.object({
  format: z.literal('brat'),
  folder: documentFolderSchema.optional(),
  name: z.enum(COLLECTION_FILE_NAMES),
  content: z.string().max(MAX_COLLECTION_FILE_CHARS),
  encoding: z.string().max(40).optional(),
});
export type CollectionFile = z.infer<typeof collectionFileSchema>;

/** Whether a file's own name (the last of its path) is that of a collection file Loupe keeps. @example isCollectionFileName('x/README') === true */
export function isCollectionFileName(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  return COLLECTION_FILE_NAMES.some((kept) => kept === name);
}
