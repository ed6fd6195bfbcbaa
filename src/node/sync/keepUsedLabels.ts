import type { Manifest } from '../../shared/model';
import { getOwn, isRecord, setOwn } from '../../shared/collections';
import { MANIFEST_FILE, projectFileKind, stableStringify, type SyncedFile } from '../store';

type Versions = { readonly ours: Manifest | null; readonly theirs: Manifest | null };

/**
 * A label one side removed while the other side's layers still use it stays in the schema
 * (a use outweighs a removal), with its style: a merge never leaves spans whose label the
 * schema lacks. Returns the files with the manifest corrected, or as they were.
 */
export async function keepUsedLabels(
  files: readonly SyncedFile[],
  versions: Versions,
  layerOf: (path: string) => Promise<Uint8Array | null>,
  layerPaths: readonly string[],
): Promise<SyncedFile[]> {
  const entry = files.find((f) => f.path === MANIFEST_FILE);
  if (entry && !entry.content) return [...files];
  const manifest = entry?.content
    ? (JSON.parse(new TextDecoder().decode(entry.content)) as Manifest)
    : versions.ours;
  if (!manifest) return [...files];
  const kept = new Set(manifest.schema.labels.map((l) => l.name));
  const sides = [versions.ours, versions.theirs].filter((m): m is Manifest => m !== null);
  const removed = new Set(
    sides.flatMap((m) => m.schema.labels.map((l) => l.name)).filter((n) => !kept.has(n)),
  );
  if (removed.size === 0) return [...files];
  const used = new Set<string>();
  for (const path of layerPaths) {
    if (!path.endsWith('.json') || projectFileKind(path)?.kind !== 'layerFile') continue;
    const bytes = files.find((f) => f.path === path)?.content ?? (await layerOf(path));
    if (!bytes) continue;
    for (const label of labelsIn(bytes)) if (removed.has(label)) used.add(label);
  }
  if (used.size === 0) return [...files];
  const next: Manifest = structuredClone(manifest);
  for (const name of used) {
    const from = sides.find((m) => m.schema.labels.some((l) => l.name === name)) as Manifest;
    next.schema.labels.push(
      from.schema.labels.find((l) => l.name === name) as Manifest['schema']['labels'][number],
    );
    const style = sides.map((m) => getOwn(m.styles, name)).find((s) => s !== undefined);
    if (style && !getOwn(next.styles, name)) setOwn(next.styles, name, style);
  }
  const content = new TextEncoder().encode(stableStringify(next));
  return [...files.filter((f) => f.path !== MANIFEST_FILE), { path: MANIFEST_FILE, content }];
}

/** The labels of a layer file's spans; none when it is not a layer (damage is validate's to report). */
function labelsIn(bytes: Uint8Array): string[] {
  try {
    const layer: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const spans = isRecord(layer) && Array.isArray(layer.spans) ? layer.spans : [];
    return spans.flatMap((span) =>
      isRecord(span) && typeof span.label === 'string' ? [span.label] : [],
    );
  } catch {
    return [];
  }
}
