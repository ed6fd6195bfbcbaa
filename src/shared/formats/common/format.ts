import type { AdjustedSpan } from './tally';
import type { CollectionFile, EventTypeDefinition, Topic } from '../../model';
import type { FormatBundle } from './formatBundle';
import type { FormatDocument } from './formatDocument';
import type { OverlapPolicy } from './overlapPolicy';
import type { SourceFile } from './sourceFile';
import type { StanceColumnSet } from './stanceColumnSet';
import type { ExportScheme, TagScheme } from './tagScheme';

/** The `--format` names of the command line. */
export type FormatId =
  | 'txt'
  | 'brat'
  | 'doccano'
  | 'labelstudio'
  | 'labelstudio-min'
  | 'spans-jsonl'
  | 'conll'
  | 'hf'
  | 'stance-tsv'
  | 'mae'
  | 'webanno'
  | 'xmi'
  | 'pubtator'
  | 'bioc'
  | 'spacy-json'
  | 'spacy'
  | 'loupe';

/** A file's path (relative, `/`-separated) and its decoded text. @example { path: 'a.ann', content: 'T1\tORG 0 3\tIBM\n' } */
export interface FormatFile {
  readonly path: string;
  readonly content: string;
  /**
   * The folder the file sat in below the folder a user imported (`a` of `corpus/a/x.txt` when
   * `corpus` was imported; see `isDocumentFolder`), set by whoever read it from disk, never from
   * file contents; absent at the top, for a file named alone and for an archive's entries. A
   * reader of a file per document keeps it as the document's folder.
   */
  readonly folder?: string;
  /** The UTF-8 of `content` when the writer built it as bytes (or its `encoding`, once encoded): written to disk as is, never decoded and encoded again. */
  readonly bytes?: Uint8Array;
  /**
   * The encoding a file read was in when not UTF-8 (`ISO-8859-1`, as its text was decoded); of
   * a file written, the one its documents came in, which an export writes it in when every
   * character fits (see `KeptConll.encoding`).
   */
  readonly encoding?: string;
  /**
   * A file read with invalid records left out (skip invalid): its text as it was, the lines
   * left out being empty in `content`; a reader that writes records back as they were may
   * keep those lines with them.
   */
  readonly unskipped?: string;
  /**
   * A binary file's bytes (spaCy's `.spacy`), read and written as they are; its `content` is
   * then empty and `bytes` absent.
   */
  readonly binary?: Uint8Array;
  /**
   * Gives the buffer under `bytes` back for a later export to fill (a writer's files only):
   * call it once done with the file, which cannot be read after. Not enumerable.
   */
  readonly release?: () => void;
  /**
   * The bytes made piece by piece, for a writer to disk that then never holds the whole file
   * (a large export's pages cost more to touch than to fill): each call starts over, and a
   * piece's buffer may be filled again once the piece two after it is asked for. Not enumerable.
   */
  readonly pieces?: () => Iterable<Uint8Array>;
  /**
   * A file made in pieces, once all of them were made (written): its size in bytes and its
   * first {@link WRITTEN_HEAD} bytes, so it is described without being joined. Not enumerable.
   */
  readonly written?: () => { readonly length: number; readonly head: Uint8Array } | null;
}

/** Bytes of a file's head kept by `FormatFile.written`. */
export const WRITTEN_HEAD = 1 << 14;

/** Choices a writer may honour; each is optional. @example { labels: ['PERSON', 'ORG'], unit: 'sentence' } */
export interface WriteOptions {
  /** Label order (the schema's); labels not listed follow in sorted order. */
  readonly labels?: readonly string[];
  /** Topic names for stance targets that are topics. */
  readonly topics?: readonly Topic[];
  /** Hugging Face records: one per sentence (default) or per document. */
  readonly unit?: 'sentence' | 'document';
  /** Locale of the tokenizer and sentence splitter for token formats. */
  readonly locale?: string;
  /** Token formats (CoNLL, Hugging Face): what to do with overlapping spans; `error` by default. */
  readonly overlaps?: OverlapPolicy;
  /** CoNLL: the tag scheme written (`iob2` by default). */
  readonly scheme?: ExportScheme;
  /** Stance TSV: the columns written (`auto` by default; `semeval` for SemEval-2016 Task 6's scorer). */
  readonly columns?: StanceColumnSet;
  /**
   * Spans JSONL: tokens and spans' token indices in every record, as Prodigy's `ner_manual`
   * tasks have them, also in records that came without (by default a record keeps its keys).
   */
  readonly tokens?: boolean;
  /** Label colours (the project's styles), for formats that carry them (brat's visual.conf). */
  readonly styles?: Readonly<Record<string, { readonly color: string }>>;
  /** Event types the schema declares, for formats that declare them (brat's annotation.conf). */
  readonly eventTypes?: readonly EventTypeDefinition[];
  /** Files of the collections imported that are no documents (brat's `tools.conf`, README…): written back into their folders. */
  readonly collectionFiles?: readonly CollectionFile[];
  /**
   * doccano, Label Studio: every document into the format's own file, none back to the file it
   * was read from (an export to one file a user named).
   */
  readonly together?: boolean;
}

/** Choices a reader may honour. @example { skipInvalid: true } */
export interface ReadOptions {
  /** Leave out each bad part (a region of a task, …) and list it in `skipped` instead of throwing. */
  readonly skipInvalid?: boolean;
  /** Token files (CoNLL / IOB): the tag scheme, instead of detecting it per file. */
  readonly scheme?: TagScheme;
  /** Token files: the column holding the tags (1-based), instead of the last. */
  readonly tagColumn?: number;
  /** Hugging Face records with integer tags: the tag names, in id order, when no file beside them names them. */
  readonly tagNames?: readonly string[];
  /** Label Studio tasks: the `data` field holding the text, instead of choosing one. */
  readonly textField?: string;
  /** doccano CSV, JSON and JSONL: the column (or key) holding the text, instead of `text` (doccano's import option `column_data`). */
  readonly textColumn?: string;
  /** doccano CSV, JSON and JSONL: the column (or key) holding the labels, instead of `label` (doccano's `column_label`). */
  readonly labelColumn?: string;
}

/** What was written, what the format could not express, and what it wrote otherwise, counted by reason. */
export interface WriteSummary {
  readonly documents: number;
  readonly spans: number;
  readonly stances: number;
  /** The relations written (not those left out, which `notExpressed` counts); absent when none was. */
  readonly relations?: number;
  /** What was not written (lost), by reason. */
  readonly notExpressed: Readonly<Record<string, number>>;
  /** What was written, but otherwise than it was (a label's spaces as `_`), by reason: no loss. */
  readonly notes?: Readonly<Record<string, number>>;
  /** Token formats: the first spans written at other offsets or left out, named (`Tally.adjust`). */
  readonly adjusted?: readonly AdjustedSpan[];
  /** How many spans were adjusted in all (more than `adjusted` names when the list is full). */
  readonly adjustedTotal?: number;
}

/** Files to write, paths relative to the output folder. */
export interface WriteResult {
  readonly files: readonly FormatFile[];
  readonly summary: WriteSummary;
}

/**
 * A file format Loupe reads, writes or both. `read` throws {@link FormatErrors} with
 * every problem of the batch; `write` never throws for annotations it cannot express,
 * it counts them in `summary.notExpressed`.
 * @example getFormat('brat').read?.([{ path: 'a.txt', content: 'IBM' }, { path: 'a.ann', content: 'T1\tORG 0 3\tIBM' }])
 */
export interface Format {
  readonly id: FormatId;
  readonly name: string;
  /** File name endings this format reads or writes, with the dot. */
  readonly extensions: readonly string[];
  read?(files: readonly FormatFile[], options?: ReadOptions): FormatBundle;
  write?(bundle: FormatBundle, options?: WriteOptions): WriteResult;
  /** Whether `write` honours `overlaps` (formats that cannot hold overlapping spans). */
  readonly overlapPolicy?: boolean;
  /** The files of a split export, given each part's written files (e.g. one dataset card for all parts). */
  combineSplits?(parts: readonly SplitPart[]): FormatFile[];
  /**
   * The file a document was read from, for an export (not split) to write each file's
   * documents back to a file of its name (see `writeBySource`); formats that do so in `write`
   * (brat, doccano, Label Studio, PubTator, BioC) have none.
   */
  sourceFile?(doc: FormatDocument): SourceFile | undefined;
  /**
   * The name of the file a document was read from, as the format keeps it to write the document
   * back there itself (PubTator's and BioC's kept layout): with the document's folder, the file
   * an import names as the document's source (`FormatDocument.source`).
   */
  keptFileName?(doc: FormatDocument): string | undefined;
  /**
   * The files of an export written back to its documents' files, given each file's write (the
   * documents of no file last): when a part writes several files (a dataset card, label names);
   * null to write all the documents together instead.
   */
  combineSources?(parts: readonly SourcePart[]): FormatFile[] | null;
}

/** The documents of one file written by their format (see `Format.combineSources`); `file` undefined for those of no file. */
export interface SourcePart {
  readonly file: SourceFile | undefined;
  /** The folder the file sat in below the folder imported (see `FormatDocument.folder`): it goes back there. */
  readonly folder?: string;
  readonly result: WriteResult;
}

/** One part of a split export (`train`, `dev`, `test`) as its format wrote it. */
export interface SplitPart {
  readonly name: string;
  readonly result: WriteResult;
}
