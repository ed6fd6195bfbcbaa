import type { Span } from '../../../shared/model';
import type { Fragment } from '../../../shared/spans';

/** Ids of spans drawn before the workbench saved them start with this. */
export const PROVISIONAL_PREFIX = 'unsaved_';

let drawn = 0;

/**
 * The span an `addSpan` will save, drawn at once while the save runs; the saved span (with
 * the workbench's id and times) replaces it when the answer arrives.
 */
export function provisionalSpan(
  label: string,
  fragments: readonly Fragment[],
  author: string,
  entityId?: string,
): Span {
  const now = new Date().toISOString();
  return {
    id: `${PROVISIONAL_PREFIX}${++drawn}`,
    label,
    fragments: [...fragments],
    ...(entityId ? { entityId } : {}),
    author: author || 'unsaved',
    createdAt: now,
    updatedAt: now,
  };
}

/** True for a span drawn before it was saved. */
export function isProvisional(spanId: string): boolean {
  return spanId.startsWith(PROVISIONAL_PREFIX);
}
