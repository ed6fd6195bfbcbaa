import type { FormatDocument, SourceFile } from '../common';
import { KEPT_DOCCANO, KEPT_HF, sourceFileAt } from '../common';

/**
 * The spans JSONL file a document was imported from, so an export writes each file's records
 * back to a file of its name (`annotations_prod06.jsonl`, see `writeBySource`): the document's
 * source (`FormatDocument.source`) when it is a `.jsonl` file not read as another format's
 * (doccano's and Hugging Face's records keep their shape in the layer: an export of spans JSONL
 * beside their own export would take their files' names); undefined otherwise (a document
 * made in Loupe, or read from a file of another kind, goes to `spans.jsonl`). Every record of a
 * file has the same place: the writer puts them in the file's order itself.
 * @example spansSourceFile({ ...doc, source: 'ner/annotations_prod06.jsonl' })?.name === 'annotations_prod06.jsonl'
 */
export function spansSourceFile(doc: FormatDocument): SourceFile | undefined {
  const source = doc.source;
  if (source === undefined || !source.toLowerCase().endsWith('.jsonl')) return undefined;
  if (doc.metadata && (KEPT_DOCCANO in doc.metadata || KEPT_HF in doc.metadata)) return undefined;
  return sourceFileAt(source, 0);
}
