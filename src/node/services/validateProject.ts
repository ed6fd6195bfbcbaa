import { documentPath, type Layer, type Manifest } from '../../shared/model';
import { scanProjectFolder, StoreError, type LoadProblem, type ProjectFolder } from '../store';
import { errorMessage } from '../../shared/errors';

/** What `loupe validate` found. */
export interface ValidationReport {
  readonly ok: boolean;
  readonly documents: number;
  readonly layers: number;
  readonly spans: number;
  readonly problems: LoadProblem[];
}

/**
 * Reads every text and every layer of every annotator and checks each against the rest:
 * files that cannot be read (damaged, linked, special, oversized), entries of the folder
 * itself (links, FIFOs, temp files, texts without metadata), layers filed under another
 * annotator, spans with labels the schema lacks or links to entities that do not exist.
 */
export async function validateProject(store: ProjectFolder): Promise<ValidationReport> {
  const problems: LoadProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: LoadProblem): void => {
    const key = `${problem.file}\0${problem.reason}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
  const documents = store.listDocuments();
  for (const meta of documents)
    await store
      .readText(meta.id)
      .catch((error: unknown) => add(asProblem(error, documentPath(meta))));
  const ids = new Set(documents.map((d) => d.id));
  let layers = 0;
  let spans = 0;
  for (const annotator of await store.listAnnotators()) {
    for (const id of await store.layerFilesOf(annotator)) {
      const rel = store.layerFile(id, annotator);
      if (!ids.has(id)) {
        add({ file: rel, reason: `no document with id ${id} in the project` });
        continue;
      }
      layers++;
      try {
        const layer = await store.readLayerShared(id, annotator);
        spans += layer.spans.length;
        for (const problem of layerReferences(layer, store, rel)) add(problem);
      } catch (error) {
        add(asProblem(error, rel));
      }
    }
  }
  for (const problem of store.problems) add(problem);
  // The scan names what reading already refused (a device, a link out) in other words: once is
  // enough. A problem of the name itself (one file on macOS with another) is another problem.
  const named = new Set(problems.map((p) => p.file));
  for (const { file, reason, ofName } of await scanProjectFolder(store.dir))
    if (ofName || !named.has(file)) add({ file, reason });
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { ok: problems.length === 0, documents: documents.length, layers, spans, problems };
}

/** Labels the schema lacks and entity links to entities that do not exist, one problem per kind and value. */
function layerReferences(
  layer: Readonly<Layer>,
  store: ProjectFolder,
  file: string,
): LoadProblem[] {
  const labels = new Set(labelNames(store.manifest));
  const unknown = new Map<string, string>();
  const missing = new Map<string, string>();
  for (const span of layer.spans) {
    if (!labels.has(span.label) && !unknown.has(span.label)) unknown.set(span.label, span.id);
    if (span.entityId && !store.entities.get(span.entityId) && !missing.has(span.entityId))
      missing.set(span.entityId, span.id);
  }
  return [
    ...[...unknown].map(([label, spanId]) => ({
      file,
      reason: `span ${spanId} has the label ${JSON.stringify(label)}, which the project's schema lacks (add it to the schema or relabel the span)`,
    })),
    ...[...missing].map(([entityId, spanId]) => ({
      file,
      reason: `span ${spanId} links to entity ${entityId}, which has no file entities/${entityId}.json (relink or unlink the span)`,
    })),
  ];
}

function labelNames(manifest: Manifest): string[] {
  return manifest.schema.labels.map((label) => label.name);
}

/** A store failure names its file, reason and line; anything else is a reason about `file`. */
function asProblem(error: unknown, file: string): LoadProblem {
  if (!(error instanceof StoreError)) return { file, reason: errorMessage(error) };
  return { file: error.file, reason: error.reason, ...(error.line ? { line: error.line } : {}) };
}
