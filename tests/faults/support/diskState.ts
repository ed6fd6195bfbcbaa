import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { LOCK_FILE, ProjectFolder, validateProject } from '../../../src/node';
import type { LayerState, LayerStates } from './expectedLayers';

/** What a fresh reader finds in a project folder after a crash or a fault. */
export interface DiskState {
  /** Empty when every data file parses, validation passes and no stray file is taken for data. */
  readonly problems: string[];
  /** Temporary files an interrupted write left behind (never read as data). */
  readonly tempFiles: string[];
  readonly documents: string[];
  readonly annotators: string[];
  /** The layers of `annotator`, by document id. */
  readonly layers: LayerStates;
}

/** A temporary sibling of an atomic write: `.<name>.<pid>.<hex>.tmp`. */
export function isTempFile(path: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]+\.tmp$/.test(basename(path));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Whether a file is one a project holds: manifest, document text or meta, a layer, an entity. */
export function isDataFile(
  file: string,
  documents: readonly string[],
  annotators: readonly string[],
): boolean {
  // The writer's lock, and what a writer killed while taking over a stale lock leaves of it.
  if (
    file === 'loupe.json' ||
    file === '.gitignore' ||
    file === LOCK_FILE ||
    file.startsWith(`${LOCK_FILE}.`)
  )
    return true;
  const [folder, name = '', ...rest] = file.split('/');
  if (folder === 'documents')
    return documents.some((id) => name === `${id}.txt` || name === `${id}.json`);
  if (folder === 'entities') return name.endsWith('.json') && rest.length === 0;
  // What the app exports through the API lands in the project's exports folder.
  if (folder === 'exports') return rest.length > 0 || name !== '';
  if (folder === 'annotations')
    return (
      annotators.includes(name) &&
      rest.length === 1 &&
      documents.some((id) => rest[0] === `${id}.json` || rest[0] === `${id}.journal.jsonl`)
    );
  return false;
}

/** Opens the project as a new process would, checks every file, and reads one annotator's layers. */
export async function readDiskState(dir: string, annotator: string): Promise<DiskState> {
  const problems: string[] = [];
  const files = await filesUnder(dir);
  const tempFiles = files.filter(isTempFile);
  for (const file of files.filter((f) => f.endsWith('.json') && !isTempFile(f))) {
    try {
      JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  const store = await ProjectFolder.open(dir);
  const report = await validateProject(store);
  if (!report.ok) problems.push(...report.problems.map((p) => `validate: ${p.file}: ${p.reason}`));
  const documents = store.listDocuments().map((d) => d.id);
  const annotators = await store.listAnnotators();
  for (const file of files.filter((f) => !isTempFile(f) && !isDataFile(f, documents, annotators)))
    problems.push(`${file}: not a Loupe file`);
  for (const id of documents)
    if (isTempFile(id) || id.endsWith('.tmp'))
      problems.push(`temporary file taken for document ${id}`);
  const layers = new Map<string, LayerState>();
  for (const id of documents) {
    const layer = await store.readLayer(id, annotator).catch(() => null);
    if (layer)
      layers.set(id, { spans: new Map(layer.spans.map((s) => [s.id, s])), status: layer.status });
  }
  return { problems, tempFiles, documents, annotators, layers };
}
