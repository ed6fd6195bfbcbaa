import { z } from 'zod';

/** How deep a document's folder may be, and how long each of its names. */
const MAX_DEPTH = 16;
const MAX_NAME = 255;

/**
 * Whether `folder` is a document's folder as Loupe keeps one: a path relative to the collection
 * the document was imported from, its names joined by `/`, none empty, `.` or `..`, none holding
 * a backslash, a colon or a control character (so it never leads out of the folder an export
 * writes to, nor is read as absolute or as a drive on Windows).
 * @example isDocumentFolder('esp') === true && isDocumentFolder('../x') === false && isDocumentFolder('/etc') === false
 */
export function isDocumentFolder(folder: string): boolean {
  const names = folder.split('/');
  return names.length <= MAX_DEPTH && names.every(isFolderName);
}

function isFolderName(name: string): boolean {
  if (name === '' || name === '.' || name === '..' || name.length > MAX_NAME) return false;
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || char === '\\' || char === ':') return false;
  }
  return true;
}

/** A document's folder in its collection (see {@link isDocumentFolder}). @example 'esp' */
export const documentFolderSchema = z
  .string()
  .refine(
    isDocumentFolder,
    'a document folder is a relative path of names joined by /, without empty, . or .. names, backslashes, colons or control characters',
  );

/**
 * How a document is named to a user: its name, after its folder when it has one, so two
 * documents of one name in different folders are told apart.
 * @example documentPath({ name: 'x.txt', folder: 'a' }) === 'a/x.txt' && documentPath({ name: 'x.txt' }) === 'x.txt'
 */
export function documentPath(doc: { readonly name: string; readonly folder?: string }): string {
  return doc.folder === undefined ? doc.name : `${doc.folder}/${doc.name}`;
}
