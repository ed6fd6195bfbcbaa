import type { DocumentMetadata } from '../../model';
import { isKeptEmpty, KEPT_KEY, keptAnnotationOf, keptJson } from './keptAnnotation';

/**
 * The metadata a Label Studio import kept, noting for each span given another id on import
 * (a region id Loupe's ids do not allow, as `-99kI_sZ2d`, or one taken) the region id it was
 * read from, so an export writes the region under its own id with what it kept. Metadata
 * without a Label Studio annotation, or with nothing renamed, is returned as it is.
 * @example renameKeptLabelStudioIds(meta, new Map([['-99kI_sZ2d', 's_7']]))  // s_7 goes back as region -99kI_sZ2d
 */
export function renameKeptLabelStudioIds(
  metadata: DocumentMetadata,
  renamed: ReadonlyMap<string, string>,
): DocumentMetadata {
  const kept = keptAnnotationOf(metadata);
  if (renamed.size === 0 || isKeptEmpty(kept)) return metadata;
  const regionIds: Record<string, string> = { ...kept.regionIds };
  for (const [region, id] of renamed) regionIds[id] = kept.regionIds?.[region] ?? region;
  return { ...metadata, [KEPT_KEY]: keptJson({ ...kept, regionIds }) };
}
