import { KEPT_CONLL, SCHEME_NAMES, tokenSpans } from '../common';
import type { FormatDocument, FormatSpan, IobTag, KeptConll, TagScheme } from '../common';
import { codePointLength } from '../../spans';
import type { ConllDocument } from './conllLines';
import type { ConllLayout, LineProblem } from './layoutOf';
import type { TagSuffix } from './suffixTags';

/**
 * One document of a token file: its text (the tokens joined by one space, none after a
 * CoNLL-U word of `SpaceAfter=No`, the sentences by a line break), a span per chunk of its tags (code points), and what Loupe does not model
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
  /**
   * Whether the file separated its columns by tabs alone; a CoNLL-U file's lines and MISC key
   * of its names, and the lines (from 0) of its words no space follows (see `noSpaceAfter`); the words' language prefix; the line breaks the file ended with, when the
   * document ended it and they were not a blank line; the file's name and the document's
   * place in it; its file's CRLF line ends and its lines as they were (see `fileLinesOf`);
   * whether it opened a file that began with a byte-order mark; how the file wrote its tags type
   * first; the encoding the file was in, when not UTF-8; whether it had a sentence per line, tagged inline.
   */
  file: {
    tabs: boolean;
    conllu?: { source: string; key: string } | undefined;
    noSpaceAfter?: ReadonlySet<number> | undefined;
    wordPrefix?: string | undefined;
    lineBreaksAtEnd?: number | undefined;
    order?: { file: string; index: number } | undefined;
    lineEnd?: '\r\n' | undefined;
    verbatim?: string | undefined;
    byteOrderMark?: true | undefined;
    tagSuffix?: TagSuffix | undefined;
    encoding?: string | undefined;
    inline?: true | undefined;
  } = { tabs: false },
): { document: FormatDocument; illFormed: LineProblem[] } {
  const lines: string[] = [];
  const kept: string[] = [];
  const comments: [number, string][] = [];
  const spans: FormatSpan[] = [];
  const illFormed: LineProblem[] = [];
  const { tabs, conllu, wordPrefix, lineBreaksAtEnd, order, lineEnd, verbatim, byteOrderMark } =
    file;
  const { tagSuffix, encoding, inline } = file;
  const spacedWords: [number, number][] = [];
  const otherStarts: number[] = [];
  const glued: number[] = [];
  const others = layout.columns > 2;
  let at = 0; // code point offset of the sentence being read
  for (const [s, sentence] of doc.sentences.entries()) {
    for (const comment of sentence.comments) comments.push([s, comment]);
    const words = sentence.rows.map((row) => row.columns[layout.token] ?? '');
    const glue = file.noSpaceAfter;
    const noSpace = glue ? sentence.rows.map((row) => glue.has(row.line - 1)) : [];
    const read = tokenSpans(words, tags[s] ?? [], at, scheme, noSpace);
    spans.push(...read.spans);
    otherStarts.push(...read.otherStarts);
    for (const problem of read.illFormed)
      illFormed.push({ line: sentence.rows[problem.token]?.line ?? 0, reason: problem.reason });
    let line = '';
    for (const [w, word] of words.entries()) {
      const next = read.starts[w + 1];
      line += word;
      if (next === undefined) break;
      if (noSpace[w] === true) glued.push(next);
      else line += ' ';
    }
    lines.push(line);
    if (tabs) spacedWords.push(...wordsWithSpaces(words, read.starts));
    if (others)
      kept.push(sentence.rows.map((row) => otherColumns(row.columns, layout, tabs)).join('\n'));
    at = read.end; // the last word's space is the line break
  }
  for (const comment of doc.trailing) comments.push([doc.sentences.length, comment]);
  const conll = {
    ...layout,
    scheme: SCHEME_NAMES[scheme],
    ...(doc.docstart ? { docstart: doc.docstart.text } : {}),
    ...(!inline && tightDocstart(doc) ? { docstartTight: true } : {}),
    ...(tabs ? { tabs } : {}),
    ...(spacedWords.length > 0 ? { spacedWords } : {}),
    ...(otherStarts.length > 0 ? { otherStarts } : {}),
    ...(glued.length > 0 ? { glued } : {}),
    ...(conllu ? { conllu } : {}),
    ...(wordPrefix ? { wordPrefix } : {}),
    ...(others ? { kept } : {}),
    ...(comments.length > 0 ? { comments } : {}),
    ...(lineBreaksAtEnd !== undefined ? { lineBreaksAtEnd } : {}),
    ...(order ? { order } : {}),
    ...(lineEnd ? { lineEnd } : {}),
    ...(verbatim !== undefined ? { verbatim } : {}),
    ...(byteOrderMark ? { byteOrderMark } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(inline ? { inline } : {}),
    ...(tagSuffix
      ? {
          tagSuffix: {
            separator: tagSuffix.separator,
            outside: tagSuffix.outside,
            ...(tagSuffix.first ? { first: tagSuffix.first } : {}),
          },
        }
      : {}),
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

/** The [start, end) code points of the words holding a space, the words starting at `starts`. */
function wordsWithSpaces(words: readonly string[], starts: readonly number[]): [number, number][] {
  const found: [number, number][] = [];
  for (const [w, word] of words.entries()) {
    const start = starts[w] ?? 0;
    if (word.includes(' ')) found.push([start, start + codePointLength(word)]);
  }
  return found;
}

/** A token line's columns other than the token and the tag, one space between (a tab in a tab-separated file). */
function otherColumns(columns: readonly string[], layout: ConllLayout, tabs: boolean): string {
  const between = tabs ? '\t' : ' ';
  let out = '';
  for (let c = 0; c < columns.length; c++) {
    if (c === layout.token || c === layout.tag) continue;
    out += out === '' ? (columns[c] ?? '') : `${between}${columns[c] ?? ''}`;
  }
  return out;
}

/** Whether the document's first sentence (or its comment lines) begins on the line after its `-DOCSTART-` line. */
function tightDocstart(doc: ConllDocument): boolean {
  const [first] = doc.sentences;
  const row = first?.rows[0];
  if (!doc.docstart || !first || !row) return false;
  return (first.from ?? row.line - first.comments.length) === doc.docstart.line + 1;
}
