import { isDocumentFolder } from '../../model';
import type { FormatDocument } from './formatDocument';
import type { FormatFile } from './format';

/**
 * `doc` in the folder its file sat in below the folder imported (`FormatFile.folder`, checked
 * again: one Loupe keeps, see `isDocumentFolder`), or as it is when the file has none.
 * @example inFileFolder(doc, { path: 'corpus/a/x.txt', content: '', folder: 'a' }).folder === 'a'
 */
export function inFileFolder(doc: FormatDocument, file: FormatFile): FormatDocument {
  const { folder } = file;
  return folder === undefined || !isDocumentFolder(folder) ? doc : { ...doc, folder };
}
