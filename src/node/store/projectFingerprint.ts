import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileVersionNow } from './fileVersion';
import { errorCode } from '../../shared/errors';

/** Project-relative path → file version, for the files a workbench keeps in memory (manifest, document metas, entities). */
export type ProjectFingerprint = ReadonlyMap<string, string>;

/**
 * Takes the fingerprint of a project folder, cheaply: texts and layers are not read (the store
 * checks a layer's version itself before writing it); document metas count as one entry, the
 * `documents/` folder (added or removed documents), since a document's meta never changes.
 */
export async function projectFingerprint(dir: string): Promise<ProjectFingerprint> {
  // Every edit takes this fingerprint before it runs. A listing and a stat of local files take
  // microseconds each on the event loop; through the thread pool they cost two rounds, which
  // take milliseconds each while the page is drawing on the same cores.
  const entities = entityFiles(dir);
  const files = [
    ['loupe.json', join(dir, 'loupe.json')],
    ['documents/', join(dir, 'documents')],
    ...entities.map((name) => [`entities/${name}`, join(dir, 'entities', name)]),
  ] as const;
  return Promise.resolve(new Map(files.map(([key, path]) => [key, versionOrError(path)])));
}

/** A file's version; one that cannot be stat'ed (a link loop) is read, and reported, by what reads it. */
function versionOrError(path: string): string {
  try {
    return fileVersionNow(path);
  } catch (error) {
    return `error:${errorCode(error)}`;
  }
}

/** The entity files' names, sorted; none when `entities/` cannot be listed (validate says why). */
function entityFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'entities'));
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
}

/** Files added, changed or removed between two fingerprints, sorted. */
export function changedFiles(before: ProjectFingerprint, after: ProjectFingerprint): string[] {
  const changed = new Set<string>();
  for (const [file, version] of after) if (before.get(file) !== version) changed.add(file);
  for (const file of before.keys()) if (!after.has(file)) changed.add(file);
  return [...changed].sort();
}
