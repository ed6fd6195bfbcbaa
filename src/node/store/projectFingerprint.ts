import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileVersion } from './fileVersion';
import { itemAt } from '../../shared/collections';
import { errorCode } from '../../shared/errors';

/** Project-relative path → file version, for the files a workbench keeps in memory (manifest, document metas, entities). */
export type ProjectFingerprint = ReadonlyMap<string, string>;

/**
 * Takes the fingerprint of a project folder, cheaply: texts and layers are not read (the store
 * checks a layer's version itself before writing it); document metas count as one entry, the
 * `documents/` folder (added or removed documents), since a document's meta never changes.
 */
export async function projectFingerprint(dir: string): Promise<ProjectFingerprint> {
  const names = await readdir(join(dir, 'entities')).catch((): string[] => []);
  const entities = names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
  // One stat per file, all at once: an edit takes this fingerprint twice, whatever the project's size.
  const files = [
    ['loupe.json', join(dir, 'loupe.json')],
    ['documents/', join(dir, 'documents')],
    ...entities.map((name) => [`entities/${name}`, join(dir, 'entities', name)]),
  ] as const;
  // A file that cannot be stat'ed (a link loop) is read, and reported, by what reads it.
  const versions = await Promise.all(
    files.map(([, path]) =>
      fileVersion(path).catch((error: unknown) => `error:${errorCode(error)}`),
    ),
  );
  return new Map(files.map(([key], i) => [key, itemAt(versions, i)]));
}

/** Files added, changed or removed between two fingerprints, sorted. */
export function changedFiles(before: ProjectFingerprint, after: ProjectFingerprint): string[] {
  const changed = new Set<string>();
  for (const [file, version] of after) if (before.get(file) !== version) changed.add(file);
  for (const file of before.keys()) if (!after.has(file)) changed.add(file);
  return [...changed].sort();
}
