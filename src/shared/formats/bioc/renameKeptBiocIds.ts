import type { DocumentMetadata } from '../../model';
import { isJsonValue } from '../common';
import type { BiocElement } from './biocTree';
import { KEPT_BIOC, keptBiocOf } from './keptBioc';

/**
 * The layout a BioC import kept, with the ids of spans (`renamed`) and relations (`relations`)
 * Loupe gave other ids on import renamed in the marks of their elements, so each element is
 * still written from its span or relation (a relation already in the layer, or given a fresh id
 * because another relation had its id). Metadata without a BioC layout, or with nothing renamed, is returned as it is.
 * @example renameKeptBiocIds(meta, new Map([['1', 's_7']]))  // the annotation element read as span 1 is s_7's
 */
export function renameKeptBiocIds(
  metadata: DocumentMetadata,
  renamed: ReadonlyMap<string, string>,
  relations: ReadonlyMap<string, string> = new Map(),
): DocumentMetadata {
  const kept = keptBiocOf(metadata);
  if ((renamed.size === 0 && relations.size === 0) || !kept) return metadata;
  const rename = (element: BiocElement): BiocElement => ({
    ...element,
    ...(element.span === undefined ? {} : { span: renamed.get(element.span) ?? element.span }),
    ...(element.relation === undefined
      ? {}
      : { relation: relations.get(element.relation) ?? element.relation }),
    children: element.children.map((c) => (typeof c === 'string' ? c : rename(c))),
  });
  const next: unknown = { ...kept, document: rename(kept.document) };
  return isJsonValue(next) ? { ...metadata, [KEPT_BIOC]: next } : metadata;
}
