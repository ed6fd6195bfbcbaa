import type { DocumentSummary } from '../../shared/contract';
import type { ProjectStore } from '../store';

/** The document list with the annotator's span count and status per document (a damaged layer is reported, not fatal). */
export async function documentList(store: ProjectStore, annotator: string | null): Promise<DocumentSummary[]> {
  const rows: DocumentSummary[] = [];
  for (const meta of store.listDocuments()) {
    const row: DocumentSummary = { id: meta.id, name: meta.name, length: meta.length, spanCount: 0, status: 'todo' };
    if (annotator) {
      try {
        const layer = await store.readLayer(meta.id, annotator);
        row.spanCount = layer.spans.length;
        row.status = layer.status;
      } catch (error) {
        row.problem = (error as Error).message;
      }
    }
    rows.push(row);
  }
  return rows;
}
