import {
  answeredAway,
  chunksOf,
  keptConllOf,
  parseTag,
  SCHEME_NAMES,
  TAG_SCHEMES,
} from '../common';
import type {
  ExportScheme,
  FormatBundle,
  FormatDocument,
  Tally,
  TaggedDocument,
  TagScheme,
  WriteOptions,
  WriteResult,
} from '../common';
import { madeConllu, miscLabels, newdocLine } from './conlluMade';
import type { MadeConllu } from './conlluMade';
import { fileScheme, schemeTags } from './exportScheme';
import { entryAt, entryOf, valueOf } from './miscKeys';
import { CONLLU_COLUMNS, NOT_A_WORD } from './miscTags';
import { opensDocument } from './newdocs';
import { writeSources } from './sourcesWrite';
import { noSpaceAfter } from './spaceAfter';

export const CONLLU_REASONS = {
  cut: 'span edge inside a CoNLL-U word: the name tag written on the whole word',
  newdoc:
    'CoNLL-U document without a -DOCSTART- or # newdoc line of its own written after another: # newdoc id = its name before its first sentence, so it reads back apart',
} as const;

/** A CoNLL-U document's source lines and, per word, its line and UTF-16 extent in the text. */
interface SourceWords {
  readonly lines: string[];
  readonly key: string;
  /** Whether every word line had a `key=` entry (NorNE's `name=O`): O is then written too. */
  readonly everyWord: boolean;
  readonly line: number[];
  readonly start: number[];
  readonly end: number[];
  /** Each word's sentence (from 0) and its tag in the file (O where its MISC had none). */
  readonly sentence: number[];
  readonly tag: string[];
}

/**
 * Writes the documents back as the CoNLL-U files they were imported from, their names in MISC
 * (`name=B-PER`, `NE=I-Org`) under the key they came with: each document's source as it was
 * (`#` lines, empty nodes `8.1`, multiword tokens `1-2`, the ten columns), with the MISC
 * column of each word whose tag changed rewritten, its other entries kept in order (a new tag
 * after them; an O tag left out unless every word had one). A sentence whose names read the
 * same as the file's keeps its tags as they were, so an unedited document comes back byte for
 * byte. Tags are in `options.scheme`, else the file's own when the export writes it
 * (IOB1, IOB2, BIOES), else IOB2. The other documents of the export are made into CoNLL-U
 * beside them (see `madeConllu`), so one file holds one layout that spaCy's CoNLL-U converter
 * reads: counted as a note. A document that came from a CoNLL-U file without a `-DOCSTART-`
 * or `# newdoc` line of its own gets `# newdoc id = NAME` before its first sentence when it
 * follows another, so Loupe and UD tools read it back apart (a note). Null, for the token-per-line export, when no document written
 * was imported from CoNLL-U.
 * @example writeConllu(importedBundle, {}, 'conll.txt')?.files[0].content === original
 */
export function writeConllu(
  bundle: FormatBundle,
  options: WriteOptions,
  fileName: string,
): WriteResult | null {
  const made = madeHow(bundle.documents, options);
  if (!made) return null;
  let written = 0;
  let blankBefore = true; // whether the lines written so far end with a blank line (or are none)
  return writeSources(
    bundle,
    options,
    fileName,
    sourceWords,
    (doc, source, tagged, tally) => {
      const scheme = options.scheme ?? fileScheme(doc);
      const tags = wordTags(tagged, source, scheme, tally);
      if (options.scheme === undefined) keepUnchanged(tags, source, scheme, readScheme(doc));
      const { lines } = source;
      for (const [w, tag] of tags.entries()) {
        const at = source.line[w] ?? 0;
        lines[at] = withTag(lines[at] ?? '', source, tag);
      }
      if (written++ > 0 && !opensDocument(lines)) {
        tally.note(CONLLU_REASONS.newdoc);
        lines.splice(firstSentence(lines), 0, newdocLine(doc.name));
      }
      // After a file's last sentence with no blank line after it, one: else the sentences join.
      if (!blankBefore) lines.unshift('');
      blankBefore = endsBlank(lines);
      return { lines, spans: tagged.spansWritten };
    },
    (doc, tagged, tally) => {
      written++;
      blankBefore = true;
      return madeConllu(doc, tagged, made, tally);
    },
  );
}

/** Whether lines joined by line breaks end with a blank line. */
function endsBlank(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.at(-1)?.trim() === '' && lines.at(-2)?.trim() === '';
}

/** Where the first sentence begins: its `#` lines just before its first line of a word (or `1-2`, `8.1`). */
function firstSentence(lines: readonly string[]): number {
  let at = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (at < 0) at = 0;
  while (at > 0 && (lines[at - 1] ?? '').trimStart().startsWith('#')) at--;
  return at;
}

/**
 * How the documents that kept no CoNLL-U source are written beside those that did: under the
 * first one's MISC key, in its scheme (or the one asked for), after a `-DOCSTART-` line as it
 * began with one; null when no document kept a CoNLL-U source.
 */
function madeHow(documents: readonly FormatDocument[], options: WriteOptions): MadeConllu | null {
  const first = documents.find((d) => !answeredAway(d) && keptConllOf(d.metadata)?.conllu);
  const conllu = keptConllOf(first?.metadata)?.conllu;
  if (!first || !conllu) return null;
  const opening = conllu.source.replace(/^\uFEFF/u, '').split('\n', 1)[0] ?? '';
  const docstart = opening.split(/[ \t]/u)[0] === '-DOCSTART-' ? opening.replace(/\r$/u, '') : null;
  return { key: conllu.key, scheme: options.scheme ?? fileScheme(first), docstart };
}

/** The scheme the document's file was read in. */
function readScheme(doc: FormatDocument): TagScheme {
  const name = keptConllOf(doc.metadata)?.scheme;
  return TAG_SCHEMES.find((s) => SCHEME_NAMES[s] === name) ?? 'iob2';
}

/**
 * Each sentence whose new tags read as the same chunks as the file's (conlleval.pl's reading)
 * keeps the file's tags, so an unedited sentence is written as it was, whatever its scheme or
 * an ill-formed sequence in it (UD Estonian's `NE=I-Org` opening a name).
 */
function keepUnchanged(
  tags: string[],
  source: SourceWords,
  scheme: ExportScheme,
  read: TagScheme,
): void {
  for (let from = 0; from < tags.length;) {
    let to = from;
    while (to < tags.length && source.sentence[to] === source.sentence[from]) to++;
    const before = source.tag.slice(from, to);
    if (sameChunks(before, read, tags.slice(from, to), scheme))
      for (let w = from; w < to; w++) tags[w] = source.tag[w] ?? 'O';
    from = to;
  }
}

/** Whether two tag sequences read as the same chunks (a value that is no tag reads as O). */
function sameChunks(a: string[], aScheme: TagScheme, b: string[], bScheme: TagScheme): boolean {
  const chunks = (tags: string[], scheme: TagScheme) =>
    chunksOf(
      tags.map((t) => parseTag(t) ?? { prefix: 'O', type: '' }),
      scheme,
    ).chunks.map((c) => `${c.first} ${c.last} ${c.type}`);
  return chunks(a, aScheme).join('|') === chunks(b, bScheme).join('|');
}

/**
 * The document's source words, or null when it kept no CoNLL-U source or its text is no longer
 * theirs: its words run on after `SpaceAfter=No` as the import joins them, or, for a document
 * imported before it did, joined by spaces.
 */
function sourceWords(doc: FormatDocument): SourceWords | null {
  const conllu = keptConllOf(doc.metadata)?.conllu;
  if (!conllu) return null;
  return wordsOf(doc, conllu, true) ?? wordsOf(doc, conllu, false);
}

/** The source words whose text is the document's, `glue` words no space follows to the next (see `noSpaceAfter`); null when it is not. */
function wordsOf(
  doc: FormatDocument,
  conllu: { readonly source: string; readonly key: string },
  glue: boolean,
): SourceWords | null {
  const lines = conllu.source.split('\n');
  const words: SourceWords = {
    lines,
    key: conllu.key,
    everyWord: true,
    line: [],
    start: [],
    end: [],
    sentence: [],
    tag: [],
  };
  let s = -1;
  let everyWord = true;
  let text = '';
  let open = false; // a sentence has words and no blank line came after them
  let first = true;
  let glued = false; // no space follows the last word
  const noSpace = glue ? noSpaceAfter(lines) : new Set<number>();
  for (const [l, raw] of lines.entries()) {
    const line = (l === 0 ? raw.replace(/^\uFEFF/u, '') : raw).replace(/\r$/u, '');
    if (line.trim() === '') {
      open = false;
      continue;
    }
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length !== CONLLU_COLUMNS || NOT_A_WORD.test(columns[0] ?? '')) continue;
    // A word empty or only spaces (tagged O) was left out of the text, as the reader leaves it.
    if ((columns[1] ?? '').trim() === '') continue;
    if (!first) text += open ? (glued ? '' : ' ') : '\n';
    if (!open) s++;
    first = false;
    open = true;
    words.sentence.push(s);
    words.start.push(text.length);
    text += columns[1] ?? '';
    words.end.push(text.length);
    words.line.push(l);
    const entries = (columns[CONLLU_COLUMNS - 1] ?? '').split('|');
    glued = noSpace.has(l);
    const entry = entries[entryAt(entries, conllu.key)];
    if (entry === undefined) everyWord = false;
    words.tag.push(entry === undefined ? 'O' : valueOf(entry, conllu.key));
  }
  return text === doc.text ? { ...words, everyWord } : null;
}

/** Each source word's tag: the tag of the first token in it (a word cut by a span edge is counted). */
function wordTags(
  tagged: TaggedDocument,
  source: SourceWords,
  scheme: ExportScheme,
  tally: Tally,
): string[] {
  const { tokens, mentions, mentionLabel, mentionCount, labels } = tagged;
  const tagOf = schemeTags(tagged, scheme, tally);
  const names = miscLabels(labels, tally);
  const tags = new Array<string>(source.start.length).fill('O');
  let m = 0;
  let w = 0;
  let tokenOfWord = -1; // the word the last token was in
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpace[i] === 1) continue;
    const start = tokens.start16[i] ?? 0;
    while (w < source.end.length && (source.end[w] ?? 0) <= start) w++;
    while (m < mentionCount && (mentions[2 * m + 1] ?? 0) < i) m++;
    const inside = m < mentionCount && (mentions[2 * m] ?? 0) <= i;
    if (tokenOfWord === w) {
      if (inside && mentions[2 * m] === i) tally.note(CONLLU_REASONS.cut);
      continue;
    }
    tokenOfWord = w;
    if (start !== source.start[w]) tally.note(CONLLU_REASONS.cut);
    if (inside) tags[w] = tagOf(m, i, names[mentionLabel[m] ?? 0] ?? '');
  }
  return tags;
}

/** The word line with its MISC column holding `tag` under the source's key; the line itself when it already does. */
function withTag(raw: string, source: SourceWords, tag: string): string {
  const cr = raw.endsWith('\r') ? '\r' : '';
  const columns = (cr === '' ? raw : raw.slice(0, -1)).split('\t');
  const misc = columns[CONLLU_COLUMNS - 1] ?? '_';
  const entries = misc === '_' ? [] : misc.split('|');
  const entry = entryOf(source.key, tag);
  const at = entryAt(entries, source.key);
  if (at >= 0 && entries[at] === entry) return raw;
  if (tag === 'O' && !source.everyWord) {
    if (at < 0) return raw;
    entries.splice(at, 1);
  } else if (at >= 0) entries[at] = entry;
  else entries.push(entry);
  columns[CONLLU_COLUMNS - 1] = entries.length > 0 ? entries.join('|') : '_';
  return `${columns.join('\t')}${cr}`;
}
