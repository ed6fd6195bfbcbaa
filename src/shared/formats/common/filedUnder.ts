import { isRecord } from '../../collections';
import type { FormatDocument } from './formatDocument';
import { sourceFileAt } from './sourceFile';

/**
 * Keeps the file documents were read from (see `SourceFile`) as `file` in their format's kept
 * record (`metadata[key]`), each given its place there; a document keeping no such record, or
 * read from a file whose name is no plain one, as it was.
 * @example readFile(file).map(filedUnder('conll', 'in/a.conll'))[1].metadata.conll.file → { name: 'a.conll', source: …, index: 1 }
 */
export function filedUnder(
  key: string,
  path: string,
): (doc: FormatDocument, index: number) => FormatDocument {
  return (doc, index) => {
    const kept = doc.metadata?.[key];
    const file = sourceFileAt(path, index);
    if (!isRecord(kept) || !file) return doc;
    return { ...doc, metadata: { ...doc.metadata, [key]: { ...kept, file } } };
  };
}
