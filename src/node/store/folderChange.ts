import type { Entity, Layer, Manifest } from '../../shared/model';
import type { NewDocument } from './newDocument';

/** One layer as a change writes it: the whole next layer, and the version it was based on. */
export interface LayerWrite {
  readonly layer: Layer;
  /** The file version the edit read (a changed file refuses the write); absent: this folder's last read. */
  readonly basedOn?: string;
}

/**
 * Everything one edit or one import changes in a project, committed as one unit by
 * {@link ProjectFolder.commit}: all of it lands, or none of it does.
 */
export interface FolderChange {
  /** The next manifest, when the schema or styles change. */
  readonly manifest?: Manifest;
  /** Entities to write (or, with null, remove), by id. */
  readonly entities?: ReadonlyMap<string, Entity | null>;
  /** New documents: created exclusively, never replacing a file. */
  readonly documents?: readonly NewDocument[];
  readonly layers?: readonly LayerWrite[];
}

/** Progress and cancellation for a long commit (an import of thousands of documents). */
export interface CommitMonitor {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { phase: 'writing'; done: number; total: number }) => void;
}
