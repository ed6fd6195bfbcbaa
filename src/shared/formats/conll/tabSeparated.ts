import { trimEndOf } from '../../text';
/** A line's columns split at runs of spaces and tabs. */
const SEPARATORS = /[ \t]+/;

/**
 * Whether a token file separates its columns by tabs alone: every token line (not blank, not a
 * `#` comment, `-DOCSTART-` or `###MEDLINE:` line) holds a tab and as many tab-separated
 * columns as the others, and at least half of them split the same at spaces too. Such a
 * file's words may then be empty or hold spaces (the Broad Twitter Corpus's `ke s<TAB>O`,
 * CoNLL-U's `1 100,0`), read whole; a file whose columns are separated by spaces with a tab
 * before the tag (`EU NNP B-NP<TAB>B-ORG`) is not tab-separated.
 * @example isTabSeparated('ke s\tO\nu\tO\n') === true
 */
export function isTabSeparated(content: string): boolean {
  if (!content.includes('\t')) return false;
  let width = -1;
  let lines = 0;
  let same = 0;
  for (const line of content.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('-DOCSTART-')) continue;
    const tabbed = trimEndOf(line, ' \t\r').split('\t');
    if (tabbed.length < 2) return false;
    if (width === -1) width = tabbed.length;
    else if (tabbed.length !== width) return false;
    lines++;
    if (trimmed.split(SEPARATORS).length === width) same++;
  }
  return lines > 0 && same * 2 >= lines;
}
