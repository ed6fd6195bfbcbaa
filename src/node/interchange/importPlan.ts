import type { ImportSummary } from '../../shared/contract/interchange';
import type { Entity, Layer, Manifest } from '../../shared/model';

/** A document an import adds: its id, name and exact bytes. */
export interface PlannedDocument {
  readonly id: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Its folder in the collection imported (see `isDocumentFolder`). */
  readonly folder?: string;
  /** The file it was read from, below what was imported (see `isDocumentSource`). */
  readonly source?: string;
}

/** What one document brings: the document itself when it is new, and the layers to write. */
export interface PlannedUnit {
  readonly document: PlannedDocument | null;
  readonly layers: Layer[];
}

/** Everything an import will write, checked before the first byte is written. */
export interface ImportPlan {
  readonly manifest: Manifest | null;
  readonly entities: readonly Entity[];
  readonly units: readonly PlannedUnit[];
  readonly summary: ImportSummary;
}

/** Where a long import is: reading files, planning each document, writing each document. */
export interface ImportProgress {
  readonly phase: 'planning' | 'writing';
  readonly done: number;
  readonly total: number;
}

/** Progress reports and cancellation for long imports and exports. */
export interface Monitor {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
}
