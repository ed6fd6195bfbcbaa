import type { DocumentMeta, DocumentStatus } from '../../shared/model';
import { StoreError, type ProjectFolder } from '../store';
import { errorMessage } from '../../shared/errors';
import { getOwn, setOwn } from '../../shared/collections';

/** One annotator's totals. */
export interface AnnotatorStats {
  readonly annotator: string;
  readonly spans: number;
  readonly stances: number;
  readonly labels: Record<string, number>;
  readonly status: Record<DocumentStatus, number>;
}

/** A file the counts leave out, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** What `loupe stats` prints. */
export interface ProjectStats {
  readonly name: string;
  readonly documents: number;
  readonly characters: number;
  readonly annotators: AnnotatorStats[];
  /** Every document or layer left out of the counts because it could not be read. */
  readonly skipped: SkippedFile[];
}

/** The file and reason of a failed read: a StoreError's own, or the given file. */
function skippedOf(error: unknown, file: string): SkippedFile {
  if (error instanceof StoreError) return { file: error.file, reason: error.reason };
  return { file, reason: errorMessage(error) };
}

/** The documents whose text reads as their meta says; the others go to `skipped`. */
async function readableDocuments(
  store: ProjectFolder,
  skipped: SkippedFile[],
): Promise<DocumentMeta[]> {
  const readable: DocumentMeta[] = [];
  for (const meta of store.listDocuments()) {
    // Reads the text once, checked, remembering only its headline.
    const problem = await store.readHeadline(meta.id).then(
      () => null,
      (error: unknown) => skippedOf(error, store.textFile(meta.id)),
    );
    if (problem) skipped.push(problem);
    else readable.push(meta);
  }
  return readable;
}

/** Labels in a stable order. */
function sortedLabels(labels: Record<string, number>): Record<string, number> {
  const sorted: Record<string, number> = {};
  for (const [label, count] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))
    setOwn(sorted, label, count);
  return sorted;
}

async function annotatorStats(
  store: ProjectFolder,
  annotator: string,
  documents: readonly DocumentMeta[],
  skipped: SkippedFile[],
): Promise<AnnotatorStats> {
  const labels: Record<string, number> = {};
  const stats = { annotator, spans: 0, stances: 0, status: { todo: 0, in_progress: 0, done: 0 } };
  for (const meta of documents) {
    const layer = await store.readLayerShared(meta.id, annotator).catch((error: unknown) => {
      skipped.push(skippedOf(error, store.layerFile(meta.id, annotator)));
      return null;
    });
    if (!layer) continue;
    stats.spans += layer.spans.length;
    stats.stances += layer.stances.length;
    stats.status[layer.status]++;
    for (const span of layer.spans)
      setOwn(labels, span.label, (getOwn(labels, span.label) ?? 0) + 1);
  }
  return { ...stats, labels: sortedLabels(labels) };
}

/**
 * Counts documents, and per annotator spans by label, stances and statuses. A listing is
 * what a user wants even while part of the project is damaged, so it goes on without what
 * it cannot read, and names each such document and layer in `skipped` (never silently).
 */
export async function projectStats(store: ProjectFolder): Promise<ProjectStats> {
  const skipped: SkippedFile[] = store.unreadDocuments().map(({ file, reason }) => ({
    file,
    reason,
  }));
  const documents = await readableDocuments(store, skipped);
  const annotators: AnnotatorStats[] = [];
  for (const annotator of await store.listAnnotators())
    annotators.push(await annotatorStats(store, annotator, documents, skipped));
  return {
    name: store.manifest.name,
    documents: documents.length,
    characters: documents.reduce((sum, d) => sum + d.length, 0),
    annotators,
    skipped,
  };
}
