import type { DocumentSummary, LayerChange, PublicApi } from '../../../shared/contract';
import { Store } from './store';

/** A row as `change` left it: the edit's new count and status. */
function changed(
  rows: readonly DocumentSummary[],
  change: LayerChange,
): readonly DocumentSummary[] {
  return rows.map((row) =>
    row.id === change.documentId
      ? { ...row, spanCount: change.spanCount, status: change.status }
      : row,
  );
}

/** The project's documents with the user's status and counts. */
export class DocumentsStore extends Store<readonly DocumentSummary[]> {
  private asked = 0;
  private answered = 0;
  /** Edits taken while a list is on its way: the list may have been read before them. */
  private changes: LayerChange[] = [];
  private waiting = 0;

  constructor(private readonly client: PublicApi) {
    super([]);
  }

  /**
   * Reads the list again (or takes a list already asked for). A list read before an edit's answer
   * came gets that edit's count and status; a list asked for before another that already came is
   * dropped.
   */
  async refresh(asked?: Promise<readonly DocumentSummary[]>): Promise<readonly DocumentSummary[]> {
    const ticket = ++this.asked;
    const from = this.changes.length;
    this.waiting++;
    let rows: readonly DocumentSummary[];
    try {
      rows = await (asked ?? this.client.listDocuments({}));
    } finally {
      this.waiting--;
    }
    const later = this.changes.slice(from);
    if (this.waiting === 0) this.changes = [];
    if (ticket < this.answered) return this.snapshot;
    this.answered = ticket;
    this.set(later.reduce(changed, rows));
    return this.snapshot;
  }

  /** Takes an edit's new count and status for one document, without a reload. */
  applyChange(change: LayerChange): void {
    if (this.waiting > 0) this.changes.push(change);
    if (!this.snapshot.some((row) => row.id === change.documentId)) return;
    this.set(changed(this.snapshot, change));
  }

  /** The document to open after `documentId`: the next not done, else simply the next. */
  nextAfter(documentId: string | null): DocumentSummary | null {
    const rows = this.snapshot;
    const at = rows.findIndex((d) => d.id === documentId);
    return rows.slice(at + 1).find((d) => d.status !== 'done') ?? rows[at + 1] ?? null;
  }
}
