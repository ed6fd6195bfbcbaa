import { foldedName, isDocumentFolder } from '../../model';

/**
 * `name` (a file's name, or its path below the export), or when a file of that path (ignoring
 * case) is taken, `name-2.ext`, `name-3.ext`…; added to `taken` (folded paths): files a writer
 * gives back their imported names never overwrite each other.
 * @example freeFileName('a.json', new Set(['a.json'])) === 'a-2.json'
 */
export function freeFileName(name: string, taken: Set<string>): string {
  const slash = name.lastIndexOf('/') + 1;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > slash ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(foldedName(candidate)); n++) candidate = `${stem}-${n}${extension}`;
  taken.add(foldedName(candidate));
  return candidate;
}

/**
 * Where a file read from `folder` (below the folder a user imported: see `FormatFile.folder`)
 * goes back in an export: `folder/name`, or `name` at the top when the folder is none Loupe keeps.
 * @example inSourceFolder('a', 'train.spacy') === 'a/train.spacy' && inSourceFolder(undefined, 'x.json') === 'x.json'
 */
export function inSourceFolder(folder: string | undefined, name: string): string {
  return folder === undefined || !isDocumentFolder(folder) ? name : `${folder}/${name}`;
}

/**
 * The note an export gives when documents kept without the file they were imported from (made
 * in Loupe, or imported before Loupe kept files) go to a file of the format's own name beside
 * the files written back: which file that is.
 * @example noFileNote('train-2.spacy') === 'document kept without the file it was imported from, written to train-2.spacy'
 */
export function noFileNote(path: string): string {
  return `document kept without the file it was imported from, written to ${path}`;
}

/**
 * The name for the file of an export's documents of no file, beside the `files` written back to
 * theirs: `name`, or `name-2.ext`… when one of them has it (they keep their names).
 * @example freeBeside('doccano.jsonl', [{ path: 'doccano.jsonl', content: '' }]) === 'doccano-2.jsonl'
 */
export function freeBeside(name: string, files: readonly { readonly path: string }[]): string {
  return freeFileName(name, new Set(files.map((file) => foldedName(file.path))));
}
