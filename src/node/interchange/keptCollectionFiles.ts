import { MAX_COLLECTION_FILES, type CollectionFile, type Manifest } from '../../shared/model';

/**
 * The manifest's collection files with those of an import: each replaces the one of its format,
 * folder and name, the others stay (the oldest left out past MAX_COLLECTION_FILES); null when
 * nothing changes, so an import of the same collection again writes no manifest.
 * @example keptCollectionFiles(manifest, [{ format: 'brat', name: 'tools.conf', content: '' }])
 */
export function keptCollectionFiles(
  manifest: Manifest,
  imported: readonly CollectionFile[] | undefined,
): CollectionFile[] | null {
  if (imported === undefined || imported.length === 0) return null;
  const key = (f: CollectionFile) => JSON.stringify([f.format, f.folder ?? '', f.name]);
  const byKey = new Map((manifest.collectionFiles ?? []).map((f) => [key(f), f]));
  let changed = false;
  for (const file of imported) {
    const before = byKey.get(key(file));
    if (before && JSON.stringify(before) === JSON.stringify(file)) continue;
    byKey.delete(key(file));
    byKey.set(key(file), file);
    changed = true;
  }
  return changed ? [...byKey.values()].slice(-MAX_COLLECTION_FILES) : null;
}
