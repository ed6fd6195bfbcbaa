import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { KEPT_HF, KEPT_SPACY_JSON } from './keptKeys';
import { sourceFileOf } from './sourceFile';
import type { SourceFile } from './sourceFile';

/** The metadata key under which a document imported from CoNLL keeps what Loupe does not model. */
export const KEPT_CONLL = 'conll';

/** The metadata key under which a document imported from MAE keeps what Loupe does not model (see `KeptMae`). */
export const KEPT_MAE = 'mae';

/**
 * What a document imported from a CoNLL / IOB file keeps beside its text, so a CoNLL export
 * writes the file's columns back. The text is the file's tokens joined by one space, its
 * sentences by a line break, so the tokens are the text's (see `spacedTokens`); the tags are
 * the spans. Column indices are 0-based.
 * @example { columns: 4, token: 0, tag: 3, scheme: 'IOB1', docstart: '-DOCSTART- -X- -X- O', kept: ['NNP B-NP\nVBZ B-VP'] }
 */
export interface KeptConll {
  /** Columns of a token line. */
  readonly columns: number;
  /** The token column. */
  readonly token: number;
  /** The tag column (its tags are the document's spans). */
  readonly tag: number;
  /** The tag scheme the file was read in (IOB1, IOB2, BIOES, BILOU, IO). */
  readonly scheme: string;
  /** The document's `-DOCSTART-` line (its columns joined by one space) or JNLPBA `###MEDLINE:<id>` line, when it had one. */
  readonly docstart?: string;
  /** Whether its `-DOCSTART-` line had no blank line after it (CoNLL-2002 Dutch): written so in its file's shape. */
  readonly docstartTight?: true;
  /** Per sentence, each token's other columns in their order (one space between, a tab when `tabs`), a line per token; absent when there are none. */
  readonly kept?: readonly string[];
  /** Whether the file separated its columns by tabs alone (see `isTabSeparated`): the export writes them so. */
  readonly tabs?: boolean;
  /**
   * The words holding a space (`ke s`, CoNLL-U's `1 100,0`), [start, end) in code points of the
   * text: each is one token of the text, not one per part.
   */
  readonly spacedWords?: readonly (readonly [number, number])[];
  /**
   * Where (code points of the text) a chunk began with the other prefix than an export writes
   * there: `I-` opening a name in an IOB2 file (WNUT 2017's, conlleval.pl reads it as a start),
   * `B-` after no name of its type in an IOB1 file. Written back so while that still reads as
   * the same chunks, so an unedited file comes back as it was.
   */
  readonly otherStarts?: readonly number[];
  /**
   * Where (code points of the text, ascending) a word ends and the next begins with no space
   * between them: a CoNLL-U word of `SpaceAfter=No` (`gozdarstvo` before `,`). Each is a token
   * boundary of the text all the same.
   */
  readonly glued?: readonly number[];
  /** The language prefix every word had in the file (WikiANN / PAN-X's `en:`), left out of the text; the export writes it back. */
  readonly wordPrefix?: string;
  /** Comment lines (`# …`) as they were, each with the sentence it came before (the count of sentences: after the last). */
  readonly comments?: readonly (readonly [number, string])[];
  /**
   * The line breaks after the last line of the file the document ended (0: none, 1: no blank
   * line), when not the 2 (a blank line) every CoNLL export ends a sentence with: an export
   * ending with the document ends so.
   */
  readonly lineBreaksAtEnd?: number;
  /** The line end of the file's lines when not a line feed alone: a Windows-made file's CRLF, written so again. */
  readonly lineEnd?: '\r\n';
  /** Whether its file had a sentence per line, tokens tagged inline (`EU|B-ORG rejects|O`): written back so. */
  readonly inline?: true;
  /**
   * The encoding its file was in when not UTF-8 (`ISO-8859-1`: CoNLL-2002's Spanish and Dutch):
   * an export of documents all read in it is written in it when every character fits.
   */
  readonly encoding?: string;
  /** Whether its file began with a UTF-8 byte-order mark (a Windows editor's): an export it opens begins with one too. */
  readonly byteOrderMark?: true;
  /**
   * Its file's tags in another shape than `B-PER`: written type first (`PER_B`, `-` outside:
   * Naver NER 2018), or place first with an underscore (`B_Gene`: JULIE Lab's JCoRe, `first`
   * `place`); written back so in its own shape.
   */
  readonly tagSuffix?: {
    readonly separator: '_' | '-';
    readonly outside: string;
    readonly first?: 'place';
  };
  /**
   * The document's lines as its file had them (line ends, blanks after a line's last column),
   * when the export would not write them so: written instead when nothing changed.
   */
  readonly verbatim?: string;
  /**
   * A CoNLL-U document whose names were MISC entries: its file as it was (every line, `#`
   * lines, empty nodes and multiword tokens), and the MISC key of the names (`name`, `NE`),
   * written back by the CoNLL export with the names rewritten from the spans.
   */
  readonly conllu?: { readonly source: string; readonly key: string };
  /**
   * An OntoNotes / CoNLL-2012 document's source: its lines from `#begin document` to the next
   * `#begin` as they were (every column, the spacing, `#end document`), written back by the
   * CoNLL export with the names' column (`tag`) rewritten from the spans.
   */
  readonly ontonotes?: { readonly source: string };
  /**
   * The file the document was read from (its name, no folder) and its place among the file's
   * documents (from 0): an export writes a file's documents in this order, not by name.
   */
  readonly order?: { readonly file: string; readonly index: number };
  /** The file the document was read from, to write it back there (see `Format.sourceFile`). */
  readonly file?: SourceFile;
}

/**
 * The CoNLL columns a document's metadata keeps, or null when it keeps none (or not in this shape).
 * @example keptConllOf({ conll: { columns: 2, token: 0, tag: 1, scheme: 'IOB2' } })?.tag === 1
 */
export function keptConllOf(metadata: DocumentMetadata | undefined): KeptConll | null {
  const value = metadata?.[KEPT_CONLL];
  if (!isRecord(value)) return null;
  const { columns, token, tag, scheme, docstart, kept, comments, ontonotes, tabs } = value;
  if (!isIndex(columns) || !isIndex(token) || !isIndex(tag) || typeof scheme !== 'string')
    return null;
  if (token >= columns || tag >= columns || token === tag) return null;
  if (docstart !== undefined && typeof docstart !== 'string') return null;
  const lines = Array.isArray(kept) ? kept.filter((k): k is string => typeof k === 'string') : [];
  if (kept !== undefined && (!Array.isArray(kept) || lines.length !== kept.length)) return null;
  if (comments !== undefined && !Array.isArray(comments)) return null;
  const source = isRecord(ontonotes) ? ontonotes.source : undefined;
  const conllu = isRecord(value.conllu) ? value.conllu : undefined;
  const conlluSource = conllu?.source;
  const conlluKey = conllu?.key;
  const notes = (comments ?? []).filter(
    (c): c is [number, string] =>
      Array.isArray(c) && c.length === 2 && isIndex(c[0]) && typeof c[1] === 'string',
  );
  const spaced = Array.isArray(value.spacedWords) ? value.spacedWords.filter(isExtent) : [];
  return {
    columns,
    token,
    tag,
    scheme,
    ...(docstart === undefined ? {} : { docstart }),
    ...(value.docstartTight === true ? { docstartTight: true } : {}),
    ...(tabs === true ? { tabs } : {}),
    ...(typeof value.wordPrefix === 'string' ? { wordPrefix: value.wordPrefix } : {}),
    ...(spaced.length > 0 ? { spacedWords: spaced } : {}),
    ...otherStartsOf(value.otherStarts),
    ...gluedOf(value.glued),
    ...(kept === undefined ? {} : { kept: lines }),
    ...(notes.length > 0 ? { comments: notes } : {}),
    ...(isIndex(value.lineBreaksAtEnd) ? { lineBreaksAtEnd: value.lineBreaksAtEnd } : {}),
    ...(value.lineEnd === '\r\n' ? { lineEnd: value.lineEnd } : {}),
    ...(value.byteOrderMark === true ? { byteOrderMark: true } : {}),
    ...(typeof value.encoding === 'string' ? { encoding: value.encoding } : {}),
    ...(value.inline === true ? { inline: true } : {}),
    ...tagSuffixOf(value.tagSuffix),
    ...(typeof value.verbatim === 'string' ? { verbatim: value.verbatim } : {}),
    ...(typeof source === 'string' ? { ontonotes: { source } } : {}),
    ...(typeof conlluSource === 'string' && typeof conlluKey === 'string'
      ? { conllu: { source: conlluSource, key: conlluKey } }
      : {}),
    ...orderOf(value.order),
    ...fileOf(value.file),
  };
}

/** Kept `otherStarts`, or nothing when absent or not offsets. */
function otherStartsOf(value: unknown): Pick<KeptConll, 'otherStarts'> {
  return Array.isArray(value) && value.length > 0 && value.every(isIndex)
    ? { otherStarts: value }
    : {};
}

/** Kept `glued` offsets, or nothing when absent or not ascending offsets. */
function gluedOf(value: unknown): Pick<KeptConll, 'glued'> {
  if (!Array.isArray(value) || value.length === 0) return {};
  let last = -1;
  for (const at of value) {
    if (!isIndex(at) || at <= last) return {};
    last = at;
  }
  return { glued: value };
}

/** A kept `tagSuffix`, or nothing when absent or not in its shape. */
function tagSuffixOf(value: unknown): Pick<KeptConll, 'tagSuffix'> {
  if (!isRecord(value) || typeof value.outside !== 'string') return {};
  const { separator, outside } = value;
  const first: { first?: 'place' } = value.first === 'place' ? { first: 'place' } : {};
  return separator === '_' || separator === '-'
    ? { tagSuffix: { separator, outside, ...first } }
    : {};
}

/**
 * The metadata other formats write back: without the kept CoNLL columns, MAE layout and
 * Hugging Face record fields and spaCy JSON paragraphs, which only their own formats hold (counted by the caller as
 * not expressed when there were some).
 * @example withoutKeptLayouts({ conll: {…}, id: 3 }) → { id: 3 }
 */
export function withoutKeptLayouts(
  metadata: DocumentMetadata | undefined,
): DocumentMetadata | undefined {
  if (
    !metadata ||
    !(
      KEPT_CONLL in metadata ||
      KEPT_MAE in metadata ||
      KEPT_HF in metadata ||
      KEPT_SPACY_JSON in metadata
    )
  )
    return metadata;
  const {
    [KEPT_CONLL]: _conll,
    [KEPT_MAE]: _mae,
    [KEPT_HF]: _hf,
    [KEPT_SPACY_JSON]: _spacy,
    ...rest
  } = metadata;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** A [start, end) pair of offsets. */
function isExtent(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    isIndex(value[0]) &&
    isIndex(value[1]) &&
    value[0] < value[1]
  );
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A kept `file` as it was written, or nothing when it is not in that shape. */
function fileOf(value: unknown): { file?: SourceFile } {
  const file = sourceFileOf(value);
  return file ? { file } : {};
}

/** A kept `order` as it was written, or nothing when it is not in that shape. */
function orderOf(order: unknown): { order?: { file: string; index: number } } {
  if (!isRecord(order) || typeof order.file !== 'string' || !isIndex(order.index)) return {};
  return { order: { file: order.file, index: order.index } };
}
