import type { DocumentSummary, LayerChange, PublicApi } from '../../../shared/contract';
import { Store } from './store';

/** The project's documents with the user's status and counts. */
export class DocumentsStore extends Store<readonly DocumentSummary[]> {
  constructor(private readonly client: PublicApi) {
    super([]);
  }

  /** Reads the list again (or takes a list already asked for). */
  async refresh(asked?: Promise<readonly DocumentSummary[]>): Promise<readonly DocumentSummary[]> {
    this.set(await (asked ?? this.client.listDocuments({})));
    return this.snapshot;
  }

  /** Takes an edit's new count and status for one document, without a reload. */
  applyChange(change: LayerChange): void {
    if (!this.snapshot.some((row) => row.id === change.documentId)) return;
    this.set(
      this.snapshot.map((row) =>
        row.id === change.documentId
          ? { ...row, spanCount: change.spanCount, status: change.status }
          : row,
      ),
    );
  }

  /** The document to open after `documentId`: the next not done, else simply the next. */
  nextAfter(documentId: string | null): DocumentSummary | null {
    const rows = this.snapshot;
    const at = rows.findIndex((d) => d.id === documentId);
    return rows.slice(at + 1).find((d) => d.status !== 'done') ?? rows[at + 1] ?? null;
  }
}
