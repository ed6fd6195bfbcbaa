import { fragmentOf } from '../../spans';
import { surrogatePairAt } from '../../text/surrogatePairAt';
import { KEPT_CONLL } from '../common';
import type { FormatDocument, FormatSpan, KeptConll, TagScheme } from '../common';
import { chunksOf } from './chunksOf';
import type { ConllDocument } from './conllLines';
import { SCHEME_NAMES } from './iobTag';
import type { IobTag } from './iobTag';
import type { ConllLayout, LineProblem } from './layoutOf';

/**
 * One document of a token file: its text (the tokens joined by one space, the sentences by
 * a line break), a span per chunk of its tags (code points), and what Loupe does not model
 * kept in its metadata (see {@link KeptConll}): the other columns, the `-DOCSTART-` line,
 * comments. Ill-formed tag sequences are listed by line.
 * @example documentOf('news-1', doc, tags, { columns: 2, token: 0, tag: 1 }, 'iob2').document.text === 'EU rejects German call'
 */
export function documentOf(
  name: string,
  doc: ConllDocument,
  tags: readonly (readonly IobTag[])[],
  layout: ConllLayout,
  scheme: TagScheme,
): { document: FormatDocument; illFormed: LineProblem[] } {
  const lines: string[] = [];
  const kept: string[] = [];
  const comments: [number, string][] = [];
  const spans: FormatSpan[] = [];
  const illFormed: LineProblem[] = [];
  const others = layout.columns > 2;
  let at = 0; // code point offset of the sentence being read
  for (const [s, sentence] of doc.sentences.entries()) {
    for (const comment of sentence.comments) comments.push([s, comment]);
    const words = sentence.rows.map((row) => row.columns[layout.token] ?? '');
    const starts: number[] = [];
    let end = at;
    for (const word of words) {
      starts.push(end);
      end += codePoints(word) + 1;
    }
    const read = chunksOf(tags[s] ?? [], scheme);
    for (const chunk of read.chunks) {
      const last = words[chunk.last] ?? '';
      const start = starts[chunk.first] ?? at;
      const stop = (starts[chunk.last] ?? at) + codePoints(last);
      spans.push({ label: chunk.type, fragments: [fragmentOf(start, stop)] });
    }
    for (const problem of read.illFormed)
      illFormed.push({ line: sentence.rows[problem.token]?.line ?? 0, reason: problem.reason });
    lines.push(words.join(' '));
    if (others) kept.push(sentence.rows.map((row) => otherColumns(row.columns, layout)).join('\n'));
    at = end; // the last word's space is the line break
  }
  for (const comment of doc.trailing) comments.push([doc.sentences.length, comment]);
  const conll = {
    ...layout,
    scheme: SCHEME_NAMES[scheme],
    ...(doc.docstart ? { docstart: doc.docstart.text } : {}),
    ...(others ? { kept } : {}),
    ...(comments.length > 0 ? { comments } : {}),
  } satisfies KeptConll;
  return {
    document: {
      name,
      text: lines.join('\n'),
      spans,
      relations: [],
      stances: [],
      entities: [],
      documentLabels: {},
      metadata: { [KEPT_CONLL]: conll },
    },
    illFormed,
  };
}

/** A token line's columns other than the token and the tag, one space between. */
function otherColumns(columns: readonly string[], layout: ConllLayout): string {
  let out = '';
  for (let c = 0; c < columns.length; c++) {
    if (c === layout.token || c === layout.tag) continue;
    out += out === '' ? (columns[c] ?? '') : ` ${columns[c] ?? ''}`;
  }
  return out;
}

/** Code points in a string (a surrogate pair is one). */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    if (surrogatePairAt(text, i)) {
      n--;
      i++;
    }
  }
  return n;
}
