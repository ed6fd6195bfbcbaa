import { trimEndOf } from '../../text';
import { foldedName, windowsSafeName } from '../../model';

const UNSAFE = /[^\p{L}\p{N}._ -]+/gu;

/**
 * A file name made from a document name: unsafe characters become `_`, no leading dot, a name
 * Windows reserves for a device gets `_` (`CON` → `CON_`), and a `-2`, `-3`… suffix when `taken`
 * already holds it, ignoring case and Unicode normalization (the name is added to `taken`).
 * @example uniqueFileName('a/b', new Set()) === 'a_b'
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const safe =
    trimEndOf(
      name
        .normalize('NFC') // an accent typed apart (NFD) is no unsafe character
        .replace(UNSAFE, '_')
        .replace(/^[. ]+/, ''),
      '. ',
    ).slice(0, 120) || 'document';
  // CON, aux.txt: on Windows the export would write into a device, not a file.
  const stem = windowsSafeName(safe);
  let candidate = stem;
  for (let n = 2; taken.has(foldedName(candidate)); n++) candidate = `${stem}-${n}`;
  taken.add(foldedName(candidate));
  return candidate;
}
