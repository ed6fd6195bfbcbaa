import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { keptAnnotationOf } from './keptAnnotation';

/**
 * Who made a Label Studio annotation, as its `completed_by` names them: an e-mail address, else
 * a user id; undefined when it names no one.
 * @example completedBy({ id: 3, email: 'amira@example.org' }) === 'amira@example.org'
 */
export function completedBy(by: unknown): string | undefined {
  if (typeof by === 'string' || typeof by === 'number') return String(by);
  if (!isRecord(by)) return undefined;
  if (typeof by.email === 'string') return by.email;
  if (typeof by.id === 'number' || typeof by.id === 'string') return String(by.id);
  return undefined;
}

/**
 * Who cancelled (skipped) the task of a layer, by the cancelled annotations its metadata keeps
 * (one person's layer of the task keeps them, to go back once): Label Studio's skipped task
 * makes no layer of its own for that person, and is no annotation of nothing.
 * @example cancelledBy({ $labelstudio: { cancelled: [{ completed_by: { email: 'bo@x.org' }, was_cancelled: true }] } }) → ['bo@x.org']
 */
export function cancelledBy(metadata: DocumentMetadata | undefined): string[] {
  const cancelled = keptAnnotationOf(metadata).cancelled ?? [];
  return cancelled.flatMap((annotation) => {
    const who = isRecord(annotation) ? completedBy(annotation.completed_by) : undefined;
    return who === undefined ? [] : [who];
  });
}
