import { documentPath } from '../../shared/model';
import type { Passage, RequestOf, SearchHit } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract';
import { findOccurrences, similarPassages } from '../../shared/search';
import { createOffsetIndex } from '../../shared/spans';
import type { ProjectFolder } from '../store';

/** Keyword-in-context search and near-duplicate passages, over one document or the project. */
export class SearchService {
  constructor(
    private readonly store: ProjectFolder,
    private readonly annotator: () => string | null,
  ) {}

  async searchText(request: RequestOf<'searchText'>): Promise<SearchHit[]> {
    const documentId = request.documentId;
    if (request.scope === 'document' && !documentId)
      throw new WorkbenchError(
        'invalid_request',
        'searchText: a document search names its documentId',
      );
    const metas =
      request.scope === 'document' && documentId
        ? [this.store.getDocument(documentId)]
        : this.store.listDocuments();
    const limit = request.limit ?? 2000;
    const hits: SearchHit[] = [];
    for (const meta of metas) {
      const text = await this.store.readText(meta.id);
      const found = findOccurrences(text, request.query, {
        ignoreCase: request.ignoreCase ?? false,
        wholeWord: request.wholeWord ?? true,
        limit: limit - hits.length,
      });
      if (found.length === 0) continue;
      // Labels by exact place, gathered once: a scan of all spans per hit grew with hits × spans.
      const labelsAt = new Map<string, string[]>();
      for (const s of await this.spansOf(meta.id)) {
        const [only] = s.fragments;
        if (s.fragments.length !== 1 || !only) continue;
        const key = `${only.start}:${only.end}`;
        labelsAt.set(key, [...(labelsAt.get(key) ?? []), s.label]);
      }
      for (const occurrence of found) {
        const labels = labelsAt.get(`${occurrence.start}:${occurrence.end}`) ?? [];
        hits.push({ documentId: meta.id, documentName: documentPath(meta), ...occurrence, labels });
      }
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Passages of other documents that repeat the span's text nearly word for word. */
  async similarPassages(documentId: string, spanId: string): Promise<Passage[]> {
    const span = (await this.spansOf(documentId)).find((s) => s.id === spanId);
    if (!span) throw new WorkbenchError('not_found', `no span ${spanId} in document ${documentId}`);
    const source = await this.store.readText(documentId);
    const sourceIndex = createOffsetIndex(source);
    const quote = span.fragments
      .map((f) => source.slice(sourceIndex.toUtf16(f.start), sourceIndex.toUtf16(f.end)))
      .join(' ');
    const passages: Passage[] = [];
    for (const meta of this.store.listDocuments()) {
      if (meta.id === documentId) continue;
      const text = await this.store.readText(meta.id);
      const index = createOffsetIndex(text);
      for (const found of similarPassages(text, quote)) {
        passages.push({
          documentId: meta.id,
          documentName: documentPath(meta),
          ...found,
          text: text.slice(index.toUtf16(found.start), index.toUtf16(found.end)),
        });
      }
    }
    return passages.sort((a, b) => b.similarity - a.similarity);
  }

  private async spansOf(documentId: string) {
    const annotator = this.annotator();
    if (!annotator) return [];
    return (await this.store.readLayerShared(documentId, annotator).catch(() => null))?.spans ?? [];
  }
}
