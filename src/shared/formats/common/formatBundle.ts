import type { Entity } from '../../model';
import type { FormatDocument } from './formatDocument';

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
}
