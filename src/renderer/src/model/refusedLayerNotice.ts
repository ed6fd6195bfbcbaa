import { WorkbenchError, type Problem } from '../../../shared/contract';

/**
 * The notice an edit's refusal brings for the open layer: its journal turned read-only, or its
 * files were found damaged, since the document opened (null for any other failure, or one
 * about another file: a read-only project has its own banner).
 * @example refusedLayerNotice(read_only of annotations/lena/d1.journal.jsonl, 'd1') → its file and why
 */
export function refusedLayerNotice(error: unknown, documentId: string): Problem | null {
  if (!(error instanceof WorkbenchError)) return null;
  if (error.code !== 'read_only' && error.code !== 'damaged_file') return null;
  const file = error.details?.file;
  const reason = error.details?.reason;
  if (typeof file !== 'string' || typeof reason !== 'string') return null;
  const name = file.split('/').pop() ?? '';
  if (!name.startsWith(`${documentId}.`)) return null; // a file of this document's, by its name
  return { file, reason };
}
