import type { PublicApi } from '../../../shared/contract';
import type { Layer } from '../../../shared/model';
import type { CredentialsStatus, HistoryEntry, SyncReport, SyncStatus } from '../../../shared/sync';
import type { NotificationsStore } from './notificationsStore';
import { Store } from './store';
import { userMessage } from './userMessage';

/** A layer as of an earlier sync, being looked at. */
export interface PastLayer {
  readonly entry: HistoryEntry;
  readonly annotator: string;
  readonly layer: Layer;
  /** The text the layer was made on, as the project's history holds it; null when it holds no such text. */
  readonly text: string | null;
}

export interface SyncState {
  readonly status: SyncStatus | null;
  /** The last sync's report in this window. */
  readonly report: SyncReport | null;
  readonly running: boolean;
  /** Why the last sync failed, for the dialog; null after a success. */
  readonly error: string | null;
  /** The history of one document, newest first. */
  readonly history: {
    readonly documentId: string;
    readonly entries: readonly HistoryEntry[];
  } | null;
  readonly past: PastLayer | null;
  /** Whether the remote's credentials are kept in the OS keychain, and why none can be. */
  readonly credentials: CredentialsStatus | null;
}

/** One line for a sync's outcome: "Synced: since your last sync, alice changed 12 documents." */
export function syncSummary(report: SyncReport): string {
  const changes = report.teammates.map(
    (t) =>
      `${t.annotator} changed ${t.documents.length} document${t.documents.length === 1 ? '' : 's'}`,
  );
  const since = changes.length > 0 ? ` Since your last sync: ${changes.join(', ')}.` : '';
  const open = report.status.conflicts.length;
  const conflicts = open > 0 ? ` ${open} conflict${open === 1 ? '' : 's'} to resolve.` : '';
  return `Synced.${since}${conflicts}`;
}

/** Syncing with the team: status (ahead/behind/last synced), a sync, conflicts, a document's history. */
export class SyncStore extends Store<SyncState> {
  constructor(
    private readonly client: PublicApi,
    private readonly notifications: NotificationsStore,
    private readonly reload: () => Promise<void>,
  ) {
    super({
      status: null,
      report: null,
      running: false,
      error: null,
      history: null,
      past: null,
      credentials: null,
    });
  }

  async refresh(): Promise<void> {
    this.patch({ status: await this.client.syncStatus({}) });
  }

  /** Syncs; the project is reread after (teammates' work may have arrived). True when it went through. */
  async sync(): Promise<boolean> {
    if (this.snapshot.running) return false;
    this.patch({ running: true, error: null });
    try {
      const report = await this.client.sync({});
      this.patch({ report, status: report.status, running: false });
      this.notifications.notify(syncSummary(report));
      await this.reload();
      return true;
    } catch (error) {
      this.patch({ running: false, error: userMessage(error) });
      await this.refresh().catch(() => undefined);
      return false;
    }
  }

  async loadCredentials(): Promise<void> {
    this.patch({ credentials: await this.client.credentialsStatus({}) });
  }

  /** Keeps a user name and token for the remote in the OS keychain (refused, with the reason, where there is none). */
  async saveCredentials(username: string, token: string): Promise<void> {
    const name = username.trim();
    const credentials = await this.client.saveCredentials(
      name ? { username: name, token } : { token },
    );
    this.patch({ credentials });
  }

  async forgetCredentials(): Promise<void> {
    this.patch({ credentials: await this.client.forgetCredentials({}) });
  }

  /** Settles a conflict with the chosen value; the project is reread. */
  async resolve(conflictId: string, value: unknown): Promise<void> {
    const status = await this.client.resolveConflict({ conflictId, value });
    this.patch({ status });
    await this.reload();
  }

  /** Reloads a document's history; a past layer being looked at stays while its sync is still listed. */
  async loadHistory(documentId: string): Promise<void> {
    const entries = await this.client.documentHistory({ documentId });
    const { history, past } = this.snapshot;
    const listed = (p: PastLayer): boolean => entries.some((e) => e.commit === p.entry.commit);
    const kept = past && history?.documentId === documentId && listed(past) ? past : null;
    this.patch({ history: { documentId, entries }, past: kept });
  }

  async viewPast(entry: HistoryEntry, annotator: string): Promise<void> {
    const documentId = this.snapshot.history?.documentId;
    if (!documentId) return;
    const commit = entry.commit;
    const [layer, atCommit] = await Promise.all([
      this.client.layerAtCommit({ documentId, annotator, commit }),
      this.client.textAtCommit({ documentId, commit }).catch(() => null),
    ]);
    // Another document's history may have come in meanwhile: this layer is not of it.
    if (this.snapshot.history?.documentId !== documentId) return;
    const text = atCommit?.textHash === layer.textHash ? atCommit.text : null;
    this.patch({ past: { entry, annotator, layer, text } });
  }

  closePast(): void {
    this.patch({ past: null });
  }
}
