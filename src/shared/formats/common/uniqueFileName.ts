import { trimEndOf } from '../../text';
import { foldedName, isDocumentFolder, windowsSafeName } from '../../model';

// Kept: letters, digits, `._ -` and the punctuation every system allows in a file name, so a
// brat collection's `Trisomy-9p-(Multiple-Variants).ann` is written back under its own name.
const UNSAFE = /[^\p{L}\p{N}._ ()[\]{}'+,;=!@#&~-]+/gu;

/**
 * A file name made from a document name: unsafe characters (`/\\:*?"<>|`, controls, and
 * others but `()[]{}'+,;=!@#&~`) become `_`, no leading dot, a name
 * Windows reserves for a device gets `_` (`CON` → `CON_`), and a `-2`, `-3`… suffix when `taken`
 * already holds it, ignoring case and Unicode normalization (the name is added to `taken`).
 * @example uniqueFileName('a/b', new Set()) === 'a_b'
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  return uniqueIn('', safeFileName(name, 'document'), taken);
}

/** Characters a document name Loupe makes from a file's name and a record's id keeps as they are. */
const UNNAMED = /[^\p{L}\p{N}._ -]+/gu;

/**
 * The name of a document Loupe names after its file and place in it (a spaCy Doc, a paragraph),
 * made as {@link uniqueFileName} makes a file name but keeping letters, digits and `._ -`
 * alone, as every earlier Loupe did: the same file imported again names its documents as
 * before, and meets them.
 * @example uniqueDocumentName('train(1)-0', new Set()) === 'train_1_-0'
 */
export function uniqueDocumentName(name: string, taken: Set<string>): string {
  return uniqueIn('', safeFileName(name, 'document', UNNAMED), taken);
}

/**
 * A file's path made from a document's folder (see `isDocumentFolder`) and name: each name of
 * the folder made safe as {@link uniqueFileName} makes a file name, the file name unique in its
 * folder (`taken` holds the paths handed out, as {@link uniqueFileName} holds names); at the
 * top when the folder is none Loupe keeps.
 * @example uniqueFilePath('esp', 'a', new Set()) === 'esp/a' && uniqueFilePath(undefined, 'a', new Set()) === 'a'
 */
export function uniqueFilePath(
  folder: string | undefined,
  name: string,
  taken: Set<string>,
): string {
  const prefix =
    folder === undefined || !isDocumentFolder(folder)
      ? ''
      : `${folder
          .split('/')
          .map((part) => safeFileName(part, 'folder'))
          .join('/')}/`;
  return `${prefix}${uniqueIn(prefix, safeFileName(name, 'document'), taken)}`;
}

/** `stem`, or `stem-2`, `stem-3`…: the first whose path in `folder` (`esp/`, or '') `taken` does not hold, ignoring case and Unicode normalization; added to it. */
function uniqueIn(folder: string, stem: string, taken: Set<string>): string {
  let candidate = stem;
  for (let n = 2; taken.has(foldedName(`${folder}${candidate}`)); n++) candidate = `${stem}-${n}`;
  taken.add(foldedName(`${folder}${candidate}`));
  return candidate;
}

/** A name with unsafe characters as `_`, no leading dot or trailing dot or space, and not a Windows device (`fallback` when nothing is left). */
function safeFileName(name: string, fallback: string, unsafe = UNSAFE): string {
  const safe =
    trimEndOf(
      name
        .normalize('NFC') // an accent typed apart (NFD) is no unsafe character
        .replace(unsafe, '_')
        .replace(/^[. ]+/, ''),
      '. ',
    ).slice(0, 120) || fallback;
  // CON, aux.txt: on Windows the export would write into a device, not a file.
  return windowsSafeName(safe);
}
