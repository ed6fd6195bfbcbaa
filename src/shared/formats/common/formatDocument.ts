import type {
  AnnotationEvent,
  DocumentMetadata,
  DocumentStatus,
  Entity,
  Equivalence,
  Relation,
  Span,
  Stance,
} from '../../model';

type Provenance = 'author' | 'createdAt' | 'updatedAt';

/** A span as a format carries it: id and provenance are optional. @example { id: 'T1', label: 'PERSON', fragments: [{ start: 0, end: 4 }] } */
export type FormatSpan = Omit<Span, 'id' | Provenance> & Partial<Pick<Span, 'id' | Provenance>>;

/** A relation between two spans of the same document, by span id. @example { type: 'Located_in', from: 'T1', to: 'T2' } */
export type FormatRelation = Omit<Relation, 'id'> & Partial<Pick<Relation, 'id'>>;

/** A stance whose holder, target and evidence name spans of the same document. @example { polarity: 'AGAINST', evidence: ['T3'] } */
export type FormatStance = Omit<Stance, 'id' | Provenance> &
  Partial<Pick<Stance, 'id' | Provenance>>;

/**
 * One document with one annotator's annotations, as every format reads and writes it.
 * Offsets are code points. `entities` are the registry entries this document refers to.
 * @example { name: 'report-1', text: 'Mike Pompeo said…', spans: [...], relations: [], stances: [], entities: [], documentLabels: {} }
 */
export interface FormatDocument {
  /** The file's base name without directory and extension, or the record's id. */
  readonly name: string;
  /**
   * The folder the document's file sat in, below the folder imported (brat's `esp` of
   * `CoNLL-ST_2002/esp/x.txt` when `CoNLL-ST_2002` was imported: see `FormatFile.folder`); absent
   * at its top. A writer of a file per document puts the document's files there.
   */
  readonly folder?: string;
  /**
   * The file the document was read from, below what a user imported (`en/train.conll`; see
   * `isDocumentSource`): set by the import from the file's path alone, never by a reader from
   * file contents; a new document keeps it to show where it came from.
   */
  readonly source?: string;
  readonly text: string;
  readonly textHash?: string;
  /**
   * The source gives the document no name of its own: Loupe named it by its file and place
   * (`tasks-3`), and this is the path of that file as it was read. Such a document is the
   * project's document with the same text, when there is one, so a teammate's file of the same
   * records meets the documents already imported.
   */
  readonly namedByPlace?: string;
  /** The title the file gives the document (PubTator's title line), for the document list. */
  readonly title?: string;
  readonly annotator?: string;
  /**
   * `annotator` is whose work the record is in a file of several annotators' (a Prodigy export
   * of a session with `feed_overlap`): its layer is the annotator's, whatever an import names.
   */
  readonly annotatorFixed?: boolean;
  /** Suggestions of a model (Label Studio predictions): they go to a machine layer. */
  readonly machine?: boolean;
  readonly status?: DocumentStatus;
  readonly updatedAt?: string;
  readonly spans: readonly FormatSpan[];
  readonly relations: readonly FormatRelation[];
  readonly stances: readonly FormatStance[];
  readonly entities: readonly Entity[];
  readonly documentLabels: Readonly<Record<string, string>>;
  /** Events (brat E lines other than stances); their trigger and arguments name spans or events. */
  readonly events?: readonly AnnotationEvent[];
  /** Sets of spans naming the same thing (brat `*` lines). */
  readonly equivalences?: readonly Equivalence[];
  /** Fields the source kept beside the text (doccano `meta`, Label Studio `data`), written back. */
  readonly metadata?: DocumentMetadata;
}

/** A document with its text and nothing annotated (what a reader starts from). */
export function emptyFormatDocument(name: string, text: string): FormatDocument {
  return { name, text, spans: [], relations: [], stances: [], entities: [], documentLabels: {} };
}
