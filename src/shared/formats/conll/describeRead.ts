import { SCHEME_NAMES } from '../common';
import type { TagScheme } from '../common';
import { isNersuiteLayout } from './layoutOf';
import type { ConllLayout } from './layoutOf';

/** What the summary says of a file in NERsuite's layout (tags first, the words after their offsets). */
const NERSUITE =
  ' (NERsuite: tag, start, end, word, lemma, POS, chunk tag; the offsets in columns 2 and 3 kept, not used to lay out the text)';

/** What the summary says of a file read: its scheme, documents and the columns kept. */
export function describeRead(
  path: string,
  layout: ConllLayout,
  scheme: TagScheme,
  given: boolean,
  piped: boolean,
  tabs: boolean,
  glued: boolean,
): string {
  const kept = [];
  for (let c = 0; c < layout.columns; c++)
    if (c !== layout.token && c !== layout.tag) kept.push(c + 1);
  const columns =
    kept.length === 0
      ? 'no other columns'
      : `column${kept.length > 1 ? 's' : ''} ${kept.join(', ')} kept beside the tokens and written back by the CoNLL export`;
  if (piped)
    return `${path}: read as ${SCHEME_NAMES[scheme]} (${given ? 'as --scheme says' : 'detected'}), one sentence per line of tokens tagged inline (word${layout.columns > 2 ? '|…' : ''}|tag, each a column), ${columns}; tokens joined by spaces, sentences by line breaks, documents at blank lines`;
  // A CoNLL-U file's words run on where it says so (see CONLLU_TEXT).
  const joined = glued ? 'words joined as the file says (below)' : 'tokens joined by spaces';
  return `${path}: read as ${SCHEME_NAMES[scheme]} (${given ? 'as --scheme says' : 'detected'}), tokens in column ${layout.token + 1}, tags in column ${layout.tag + 1}${isNersuiteLayout(layout) ? NERSUITE : ''}${tabs ? ' (columns separated by tabs: a word may hold spaces)' : ''}, ${columns}; ${joined}, sentences by line breaks`;
}
