import { documentPath, isDocumentSource } from '../../shared/model';
import type { DocumentSummary, LayerSummary } from '../../shared/contract';
import type { ProjectFolder } from '../store';
import { documentTitle } from './documentTitle';
import { errorMessage } from '../../shared/errors';

/** One annotator's status and counts on a document; a damaged layer is reported, not fatal. */
async function layerSummary(
  store: ProjectFolder,
  documentId: string,
  annotator: string,
): Promise<LayerSummary> {
  try {
    return { annotator, ...(await store.layerSummary(documentId, annotator)) };
  } catch (error) {
    return {
      annotator,
      status: 'todo',
      spanCount: 0,
      stanceCount: 0,
      problem: errorMessage(error),
    };
  }
}

/**
 * The document list: per document the current annotator's span count and status (`spanCount`,
 * `status`), every annotator's layer (`layers`, gold included) and the file it was imported
 * from (`source`), when Loupe kept one.
 */
export async function documentList(
  store: ProjectFolder,
  annotator: string | null,
): Promise<DocumentSummary[]> {
  const rows: DocumentSummary[] = [];
  const annotators = await store.listAnnotators();
  for (const meta of store.listDocuments()) {
    const title = await documentTitle(store, meta);
    const row: DocumentSummary = {
      id: meta.id,
      name: documentPath(meta),
      ...(title ? { title } : {}),
      ...(meta.source !== undefined && isDocumentSource(meta.source)
        ? { source: meta.source }
        : {}),
      length: meta.length,
      spanCount: 0,
      status: 'todo',
    };
    const layers: LayerSummary[] = [];
    for (const name of annotators) layers.push(await layerSummary(store, meta.id, name));
    row.layers = layers;
    if (annotator) {
      const own =
        layers.find((l) => l.annotator === annotator) ??
        (await layerSummary(store, meta.id, annotator));
      row.spanCount = own.spanCount;
      row.status = own.status;
      if (own.problem) row.problem = own.problem;
    }
    rows.push(row);
  }
  return rows;
}
