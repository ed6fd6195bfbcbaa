import { isRecord } from '../../collections';
import type { DocumentMetadata } from '../../model';
import { isJsonValue } from '../common';
import { KEPT_PUBTATOR } from './keptPubtator';

/**
 * The layout a PubTator import kept, with the ids of spans Loupe gave other ids on import (an
 * id already taken in the layer, or a span equal to one already there) renamed in the line
 * order and in the kept columns and mention texts, so each still belongs to its mention.
 * Metadata without a PubTator layout, or with nothing renamed, is returned as it is.
 * @example renameKeptPubtatorIds(meta, new Map([['T1', 's_7']]))  // the columns kept for T1 are s_7's
 */
export function renameKeptPubtatorIds(
  metadata: DocumentMetadata,
  renamed: ReadonlyMap<string, string>,
): DocumentMetadata {
  const value = metadata[KEPT_PUBTATOR];
  if (renamed.size === 0 || !isRecord(value)) return metadata;
  const rename = (id: string) => renamed.get(id) ?? id;
  const next: Record<string, unknown> = { ...value };
  if (Array.isArray(value.order))
    next.order = value.order.map((id) => (typeof id === 'string' ? rename(id) : id));
  for (const key of ['tails', 'mentions'] as const) {
    const byId = value[key];
    if (isRecord(byId))
      next[key] = Object.fromEntries(Object.entries(byId).map(([id, v]) => [rename(id), v]));
  }
  return isJsonValue(next) ? { ...metadata, [KEPT_PUBTATOR]: next } : metadata;
}
