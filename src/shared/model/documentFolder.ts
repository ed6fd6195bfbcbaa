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

/** How long a document's source may be, in UTF-16 units. */
const MAX_SOURCE = 1024;

/**
 * Whether `source` is the file a document was imported from as Loupe keeps it: a path relative
 * to what a user imported (`en/train.conll`), checked as a folder is (see
 * {@link isDocumentFolder}) and at most 1024 characters long.
 * @example isDocumentSource('en/train.conll') === true && isDocumentSource('/etc/passwd') === false
 */
export function isDocumentSource(source: string): boolean {
  return source.length <= MAX_SOURCE && isDocumentFolder(source);
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

/** What {@link findNamedDocument} found: the document, or every document a bare name could mean. */
export type NamedDocument<T> = { found: T } | { ambiguous: readonly string[] } | null;

/**
 * The document a person named: by id, by its name as Loupe shows it (`a/x.txt`), else by its
 * bare name (`x.txt`) when only one document has it. A bare name two folders share finds
 * nothing, and says which names it could mean, rather than picking one. A name matches in
 * another Unicode normalization (NFC typed, NFD stored) when no spelling matches exactly.
 * @example findNamedDocument([{ id: 'x', name: 'x.txt', folder: 'a' }], 'x.txt') // { found: … }
 */
export function findNamedDocument<
  T extends { readonly id: string; readonly name: string; readonly folder?: string },
>(documents: readonly T[], wanted: string): NamedDocument<T> {
  const exact =
    documents.find((d) => d.id === wanted) ?? documents.find((d) => documentPath(d) === wanted);
  if (exact) return { found: exact };
  // Then as Unicode compares them: a name typed in NFC finds one macOS listed in NFD.
  const nfc = wanted.normalize('NFC');
  const byPath = documents.filter((d) => documentPath(d).normalize('NFC') === nfc);
  if (byPath.length === 1 && byPath[0]) return { found: byPath[0] };
  const exactBare = documents.filter((d) => d.name === wanted);
  const bare =
    exactBare.length > 0 ? exactBare : documents.filter((d) => d.name.normalize('NFC') === nfc);
  if (bare.length === 1 && bare[0]) return { found: bare[0] };
  return bare.length > 1 ? { ambiguous: bare.map(documentPath) } : null;
}
