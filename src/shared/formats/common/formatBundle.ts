import type { CollectionFile, Entity, EventTypeDefinition, Topic } from '../../model';
import type { FormatDocument } from './formatDocument';
import type { FormatError } from './formatError';

/**
 * What a reader returns and a writer takes: documents, the entities they refer to,
 * the span labels seen (sorted) and warnings about what was read but not kept.
 * @example { documents: [doc], entities: [], labels: ['ORG', 'PERSON'], warnings: [] }
 */
export interface FormatBundle {
  readonly documents: readonly FormatDocument[];
  readonly entities: readonly Entity[];
  readonly labels: readonly string[];
  readonly warnings: readonly string[];
  /** Parts left out because they were invalid (read with `skipInvalid`), each with file, line and reason. */
  readonly skipped?: readonly FormatError[];
  /** Stance topics the file names (a stance table's targets): ids the stances use, with the names written. */
  readonly topics?: readonly Topic[];
  /** Names the files' configuration declares (brat's `annotation.conf`), which the schema gains though nothing uses them yet. */
  readonly declared?: DeclaredVocabulary;
  /** Files of the collection that are no documents (brat's `tools.conf`, README…), kept to be written back. */
  readonly collectionFiles?: readonly CollectionFile[];
  /** What the files held when it is not the format's own files: `WebAnno TSV 3 in an INCEpTION project export` for `xmi`. */
  readonly readAs?: string;
  /**
   * A reader whose documents keep no file of their own (spans JSONL's records named by
   * `meta.name`): the path of the file each document, by its place in `documents`, was read
   * from, as the batch named it; the import gives the document that file as its source.
   */
  readonly documentFiles?: readonly string[];
}

/** Span labels, relation types, attributes (name → values, none for a binary one), event types and label colours a configuration declares. */
export interface DeclaredVocabulary {
  readonly labels: readonly string[];
  readonly relationTypes: readonly string[];
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  readonly eventTypes?: readonly EventTypeDefinition[];
  /** Label → `#rrggbb`, the colours the configuration gives types (brat's `visual.conf`). */
  readonly colors?: Readonly<Record<string, string>>;
}
