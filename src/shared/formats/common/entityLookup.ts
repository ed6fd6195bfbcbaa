import type { Entity } from '../../model';
import type { FormatBundle } from './formatBundle';
import type { FormatDocument } from './formatDocument';

/** Finds an entity for a document: its own entries first, then the bundle's. */
export type EntityLookup = (doc: FormatDocument, entityId: string) => Entity | undefined;

/**
 * Builds an {@link EntityLookup} over a bundle, indexing the bundle's entities once.
 * @example createEntityLookup(bundle)(doc, 'e_pompeo')?.kbId === 'Q473239'
 */
export function createEntityLookup(bundle: FormatBundle): EntityLookup {
  const shared = new Map(bundle.entities.map((entity) => [entity.id, entity]));
  return (doc, entityId) =>
    doc.entities.find((entity) => entity.id === entityId) ?? shared.get(entityId);
}
