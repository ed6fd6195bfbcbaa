import { KEPT_WEBANNO } from '../common/keptKeys';

export { KEPT_WEBANNO };

/** One cell Loupe did not read into a span or relation: its row's unit id, its 1-based column, the cell as written. */
export type KeptCell = readonly [unit: string, column: number, cell: string];

/** A kept cell as stored, with its row's offsets in code points, so it can be placed again on other tokens. */
export type StoredCell = readonly [
  unit: string,
  column: number,
  cell: string,
  start: number,
  end: number,
];

/**
 * A `#Sentence.id=` line: its sentence's place in the file, the id (unescaped), and the
 * sentence's extent in code points, its first row's start to its last row's end (absent in
 * what earlier Loupe versions kept).
 */
export type KeptSentenceId = readonly [sentence: number, id: string, start?: number, end?: number];

/**
 * What a document imported from a WebAnno TSV 3 file keeps beside its text (metadata key
 * `$webanno`), so nothing of the file is lost: the format version, the header's layer lines,
 * the `#Sentence.id=` lines with their sentences, and every cell of a column Loupe does not read
 * (chains, slot features, per-token text layers, relations between annotations Loupe does
 * not read as spans) or that holds something it cannot hold (a zero-length annotation, a
 * relation to one), whole, as it was written, with its row's offsets in code points.
 * @example { version: '3.3', layers: ['#T_CH=…CoreferenceLink|referenceType|referenceRelation'], sentenceIds: [[0, 'sent-1', 0, 14]], kept: [['1-1', 4, '*->1-1', 0, 4]] }
 */
export interface KeptWebanno {
  readonly version: string;
  /** CRLF when the file's lines ended so. */
  readonly lineEnd?: '\r\n';
  /** The file's last line had no line break. */
  readonly openEnd?: true;
  readonly layers: readonly string[];
  /** Lines of `#` before the first sentence's text that are neither `#Text=` nor `#Sentence.id=` (GUM's `#Summary1=`). */
  readonly preamble?: readonly string[];
  readonly sentenceIds: readonly KeptSentenceId[];
  readonly kept: readonly StoredCell[];
}
