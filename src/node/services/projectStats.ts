import type { DocumentStatus } from '../../shared/model';
import type { ProjectFolder } from '../store';
import { getOwn, setOwn } from '../../shared/collections';

/** One annotator's totals. */
export interface AnnotatorStats {
  readonly annotator: string;
  readonly spans: number;
  readonly stances: number;
  readonly labels: Record<string, number>;
  readonly status: Record<DocumentStatus, number>;
}

/** What `loupe stats` prints. */
export interface ProjectStats {
  readonly name: string;
  readonly documents: number;
  readonly characters: number;
  readonly annotators: AnnotatorStats[];
}

/** Counts documents, and per annotator spans by label, stances and statuses (damaged layers are skipped). */
export async function projectStats(store: ProjectFolder): Promise<ProjectStats> {
  const documents = store.listDocuments();
  const annotators: AnnotatorStats[] = [];
  for (const annotator of await store.listAnnotators()) {
    const labels: Record<string, number> = {};
    const stats = {
      annotator,
      spans: 0,
      stances: 0,
      labels,
      status: { todo: 0, in_progress: 0, done: 0 },
    };
    for (const meta of documents) {
      const layer = await store.readLayerShared(meta.id, annotator).catch(() => null);
      if (!layer) continue;
      stats.spans += layer.spans.length;
      stats.stances += layer.stances.length;
      stats.status[layer.status]++;
      for (const span of layer.spans)
        setOwn(stats.labels, span.label, (getOwn(stats.labels, span.label) ?? 0) + 1);
    }
    const sorted: Record<string, number> = {};
    for (const [label, count] of Object.entries(stats.labels).sort(([a], [b]) =>
      a.localeCompare(b),
    ))
      setOwn(sorted, label, count);
    stats.labels = sorted;
    annotators.push(stats);
  }
  return {
    name: store.manifest.name,
    documents: documents.length,
    characters: documents.reduce((sum, d) => sum + d.length, 0),
    annotators,
  };
}
